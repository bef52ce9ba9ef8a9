// Schema 1 → 2: adds the change log (audit trail and undo), information credibility on quotes,
// and the real shape of reliability assessments (reserved but never written in schema 1).
import type { Migration, RawWorkspace } from './index';

function records(data: RawWorkspace, name: string): Record<string, Record<string, unknown>> {
  const value = data[name];
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, Record<string, unknown>>)
    : {};
}

export const v2ChangeLog: Migration = {
  from: 1,
  to: 2,
  migrate(data) {
    if (Object.keys(records(data, 'assessments')).length > 0) {
      // Schema 1 had no way to write assessments; refuse rather than guess at their shape.
      throw new Error(
        'the workspace holds reliability assessments that schema 1 cannot have written',
      );
    }
    for (const quote of Object.values(records(data, 'quotes'))) {
      if (typeof quote === 'object' && quote !== null && !('credibility' in quote)) {
        quote.credibility = null;
      }
    }
    data.changes = {};
    return data;
  },
};
