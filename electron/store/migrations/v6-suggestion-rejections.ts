// Schema 5 → 6: a collection for the quote suggestions the analyst rejected, per article, so a
// rejected suggestion is never offered again there (and a rejection can be undone). Nothing else
// changes shape, so the change log's snapshots need no upgrade: they never name the collection.
import type { Migration } from './index';

export const v6SuggestionRejections: Migration = {
  from: 5,
  to: 6,
  migrate(data) {
    const records = data['suggestionRejections'];
    // Schema 5 had no way to write rejections: anything there is not ours to keep or drop.
    if (typeof records === 'object' && records !== null && Object.keys(records).length > 0) {
      throw new Error(
        'the workspace holds suggestion rejections that schema 5 cannot have written',
      );
    }
    data['suggestionRejections'] = {};
    return data;
  },
};
