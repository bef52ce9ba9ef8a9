// Schema 2 → 3: highlights (annotations) and codebook tags get their real shape, articles keep
// their earlier versions, and quotes record how they were re-anchored after an article changed.
import type { Migration, RawWorkspace } from './index';

function records(data: RawWorkspace, name: string): Record<string, Record<string, unknown>> {
  const value = data[name];
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, Record<string, unknown>>)
    : {};
}

export const v3Annotations: Migration = {
  from: 2,
  to: 3,
  migrate(data) {
    for (const name of ['annotations', 'tags']) {
      if (Object.keys(records(data, name)).length > 0) {
        // Schema 2 reserved these collections but had no way to write them.
        throw new Error(`the workspace holds ${name} that schema 2 cannot have written`);
      }
    }
    for (const doc of Object.values(records(data, 'documents'))) {
      if (!('previousVersions' in doc)) doc.previousVersions = [];
    }
    for (const quote of Object.values(records(data, 'quotes'))) {
      if (!('anchor' in quote)) quote.anchor = null;
    }
    return data;
  },
};
