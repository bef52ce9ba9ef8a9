import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../../shared/domain/claims';
import { groupClaimRows, toClaimRow } from './claim-rows';
import type { ClaimRow } from './claim-rows';

const claim = (id: string, over: Partial<Claim> = {}): Claim => ({
  id,
  statement: `Statement ${id}`,
  documentId: 'd1',
  selector: { position: { start: 0, end: 1 }, quote: { exact: 'x', prefix: '', suffix: '' } },
  anchor: null,
  quoteId: null,
  claimantIds: [],
  tagIds: [],
  status: 'unverified',
  credibility: null,
  evidence: [],
  statusChangedAt: null,
  createdAt: '',
  updatedAt: '',
  ...over,
});
const names: Record<string, string> = { s1: 'Steve Witkoff', t1: 'territorial', t2: 'Kremlin' };
const lookups = {
  sourceName: (id: string) => names[id],
  tagName: (id: string) => names[id],
  articleTitle: () => 'Riyadh talks',
};
const wrap = (row: ClaimRow) => ({ original: row });

describe('toClaimRow', () => {
  it('resolves names, counts evidence by stance and notes spans awaiting review', () => {
    const row = toClaimRow(
      claim('c1', {
        claimantIds: ['s1', 'gone'],
        tagIds: ['t2', 't1'],
        credibility: 5,
        evidence: [
          {
            id: 'e1',
            stance: 'refutes',
            note: '',
            createdAt: '',
            target: {
              kind: 'span',
              documentId: 'd1',
              selector: {
                position: { start: 0, end: 1 },
                quote: { exact: 'x', prefix: '', suffix: '' },
              },
              anchor: {
                method: 'fuzzy',
                score: 0.9,
                needsReview: true,
                previousExact: 'x',
                versionHash: 'h',
              },
            },
          },
          {
            id: 'e2',
            stance: 'supports',
            note: '',
            createdAt: '',
            target: { kind: 'reference', title: 'r', url: '' },
          },
          {
            id: 'e3',
            stance: 'refutes',
            note: '',
            createdAt: '',
            target: { kind: 'reference', title: 'r', url: '' },
          },
        ],
      }),
      lookups,
    );
    expect(row).toMatchObject({
      claimants: 'Steve Witkoff',
      tags: 'Kremlin, territorial',
      article: 'Riyadh talks',
      credibility: 5,
      supports: 1,
      refutes: 2,
      needsReview: true,
    });
    expect(toClaimRow(claim('c2'), lookups)).toMatchObject({ credibility: 0, needsReview: false });
  });
});

describe('groupClaimRows', () => {
  const rows = [
    toClaimRow(claim('a', { tagIds: ['t1', 't2'], status: 'disputed' }), lookups),
    toClaimRow(claim('b', { tagIds: ['t1'], status: 'false' }), lookups),
    toClaimRow(claim('c', { tagIds: ['unknown'], status: 'disputed' }), lookups),
  ].map(wrap);

  it('groups by status in desk order', () => {
    const groups = groupClaimRows(rows, 'status', lookups.tagName);
    expect(groups.map((g) => [g.label, g.rows.map((r) => r.original.id)])).toEqual([
      ['Disputed', ['a', 'c']],
      ['False', ['b']],
    ]);
  });

  it('groups by tag with a claim under each of its tags and the untagged last', () => {
    const groups = groupClaimRows(rows, 'tag', lookups.tagName);
    expect(groups.map((g) => [g.label, g.rows.map((r) => r.original.id)])).toEqual([
      ['Kremlin', ['a']],
      ['territorial', ['a', 'b']],
      ['No tag', ['c']],
    ]);
  });

  it('keeps every row once without grouping', () => {
    expect(groupClaimRows(rows, 'none', lookups.tagName)[0]?.rows).toHaveLength(3);
  });
});
