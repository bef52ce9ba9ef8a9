import { describe, expect, it } from 'vitest';
import { QuoteSheetOptionsSchema, buildQuoteSheet } from '../../shared/export/quote-sheet';
import { QUOTE_SHEET_JSON_FORMAT, writeJson } from './json';
import { GENERATED_AT, smallWorkspace } from './test-support';

describe('writeJson', () => {
  const { data, ids } = smallWorkspace();

  it('holds the options, every row once, the groups by reference and the entities as stored', async () => {
    const sheet = buildQuoteSheet(data, { groupBy: 'tag', title: 'Riyadh' }, GENERATED_AT);
    const json = JSON.parse(await writeJson(sheet)) as Record<string, unknown> & {
      rows: { quoteId: string }[];
      groups: { title: string; quoteIds: string[] }[];
      entities: Record<string, { id: string }[]>;
    };
    expect(json).toMatchObject({
      format: QUOTE_SHEET_JSON_FORMAT,
      version: 3,
      title: 'Riyadh',
      generatedAt: GENERATED_AT,
    });
    expect(QuoteSheetOptionsSchema.parse(json['options'])).toEqual(sheet.options);
    expect(json.groups).toEqual([
      { key: ids.referendums, title: 'Referendums', quoteIds: [ids.q1] },
      { key: '', title: 'Untagged', quoteIds: [ids.q2] },
    ]);
    expect(json.rows).toEqual(JSON.parse(JSON.stringify(sheet.groups.flatMap((g) => g.rows))));
    expect(json['sources']).toEqual(sheet.sources);
    const { entities } = json;
    expect(Object.keys(entities)).toEqual([
      'documents',
      'quotes',
      'attributions',
      'sources',
      'assessments',
      'claims',
      'tags',
    ]);
    expect(entities['quotes']).toEqual([data.quotes[ids.q1], data.quotes[ids.q2]]);
    expect(entities['assessments']!.map((a) => a.id)).toHaveLength(2);
    expect(entities['claims']).toEqual([data.claims[ids.claim]]);
    const { previousVersions: _, ...doc } = data.documents[ids.doc]!;
    expect(entities['documents']).toEqual([doc]);
  });

  it("gives each row its article's metadata and each stored article its authors, URL and language", async () => {
    const known = structuredClone(data);
    Object.assign(known.documents[ids.doc]!, {
      authors: ['Jane Doe', 'John Roe'],
      url: 'https://www.reuters.com/world/talks/',
      language: 'en-GB',
    });
    const sheet = buildQuoteSheet(known, { groupBy: 'none' }, GENERATED_AT);
    const json = JSON.parse(await writeJson(sheet)) as {
      rows: { article: unknown }[];
      entities: { documents: Record<string, unknown>[] };
    };
    expect(json.rows.map((r) => r.article)).toEqual([
      {
        title: 'US holds talks in Riyadh',
        outlet: 'Reuters',
        authors: ['Jane Doe', 'John Roe'],
        publishedAt: '2025-03-18',
        url: 'https://www.reuters.com/world/talks/',
        language: 'en-GB',
      },
      expect.objectContaining({ authors: ['Jane Doe', 'John Roe'] }),
    ]);
    expect(json.entities.documents[0]).toMatchObject({
      authors: ['Jane Doe', 'John Roe'],
      url: 'https://www.reuters.com/world/talks/',
      language: 'en-GB',
    });
    expect(json.entities.documents[0]).not.toHaveProperty('byline');
  });

  it('is valid JSON with nothing to export', async () => {
    const sheet = buildQuoteSheet(data, { grades: ['A'] }, GENERATED_AT);
    const json = JSON.parse(await writeJson(sheet)) as {
      rows: unknown[];
      entities: Record<string, unknown[]>;
    };
    expect(json.rows).toEqual([]);
    expect(Object.values(json.entities).every((list) => list.length === 0)).toBe(true);
  });
});
