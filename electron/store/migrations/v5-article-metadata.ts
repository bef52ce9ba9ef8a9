// Schema 4 → 5: articles get real metadata (authors as a list of names instead of a byline
// string, canonical URL, language, a description, the format they came in) and blocks may be
// block quotes or list items with the page they start on. Snapshots of articles in the change
// log are upgraded too, so undo and redo of earlier edits keep working on the new shape.
import type { Migration, RawWorkspace } from './index';

/** "By Jane Doe and John Roe" → ["Jane Doe", "John Roe"]; empty for an empty byline. */
export function authorsFromByline(byline: string): string[] {
  const cleaned = byline.replace(/^\s*by\s+/i, '').trim();
  if (cleaned === '') return [];
  return cleaned
    .split(/\s*(?:,|;|&|\band\b)\s*/i)
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .slice(0, 50)
    .map((name) => name.slice(0, 200));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Upgrades one stored article in place; leaves anything that is not an object alone. */
export function upgradeDocument(doc: unknown): void {
  if (!isRecord(doc)) return;
  const byline = typeof doc['byline'] === 'string' ? doc['byline'] : '';
  delete doc['byline'];
  if (!Array.isArray(doc['authors'])) doc['authors'] = authorsFromByline(byline);
  // Schema 4 took any text as the date; only an ISO date means something to sort and export.
  const published = typeof doc['publishedAt'] === 'string' ? doc['publishedAt'].trim() : '';
  doc['publishedAt'] = /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : '';
  if (published !== '' && doc['publishedAt'] === '') {
    doc['description'] = `Date as given before: ${published}`;
  }
  if (typeof doc['url'] !== 'string') doc['url'] = '';
  if (typeof doc['language'] !== 'string') doc['language'] = '';
  if (typeof doc['description'] !== 'string') doc['description'] = '';
  if (typeof doc['format'] !== 'string') doc['format'] = 'text';
}

export const v5ArticleMetadata: Migration = {
  from: 4,
  to: 5,
  migrate(data: RawWorkspace) {
    const documents = data['documents'];
    if (isRecord(documents)) for (const doc of Object.values(documents)) upgradeDocument(doc);
    const changes = data['changes'];
    if (isRecord(changes)) {
      for (const entry of Object.values(changes)) {
        if (!isRecord(entry) || !Array.isArray(entry['changes'])) continue;
        for (const change of entry['changes'] as unknown[]) {
          if (!isRecord(change) || change['collection'] !== 'documents') continue;
          upgradeDocument(change['before']);
          upgradeDocument(change['after']);
        }
      }
    }
    return data;
  },
};
