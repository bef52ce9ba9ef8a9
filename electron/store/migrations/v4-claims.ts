// Schema 3 → 4: claims get their real shape (statement, span, claimants, status, evidence) and
// a memos collection holds the analyst's notes on articles, sources, claims and tags.
import type { Migration } from './index';

export const v4Claims: Migration = {
  from: 3,
  to: 4,
  migrate(data) {
    // Schema 3 reserved claims but had no way to write them, and had no memos at all.
    for (const name of ['claims', 'memos']) {
      const records = data[name];
      if (typeof records === 'object' && records !== null && Object.keys(records).length > 0) {
        throw new Error(`the workspace holds ${name} that schema 3 cannot have written`);
      }
    }
    data['claims'] = {};
    data['memos'] = {};
    return data;
  },
};
