import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../../shared/search/normalize';
import { TopScored, buildGotoIndex, foldName, placeScore, rankGoto } from './goto';
import type { GotoData, GotoItem } from './goto';

const data: GotoData = {
  documents: [
    { id: 'd1', title: 'US holds talks with Russia and Ukraine in Riyadh', outlet: 'AP' },
    { id: 'd2', title: 'Witkoffian diplomacy, explained', outlet: 'Example Post' },
  ],
  sources: [
    { id: 's1', name: 'Steve Witkoff', aliases: ['Mr. Witkoff'], role: 'US special envoy' },
    { id: 's2', name: 'Dmitri S. Peskov', aliases: [], role: 'Kremlin spokesman' },
    { id: 's3', name: 'Rustem Umerov', aliases: [], role: '' },
  ],
  claims: [
    {
      id: 'c1',
      statement: 'There are referendums within these territories that justify these actions.',
      claimantIds: ['s1'],
    },
    { id: 'c2', statement: 'Witkoff met Putin twice', claimantIds: ['s2'] },
  ],
  tags: [
    { id: 't1', name: 'Referendums', description: 'Staged votes' },
    { id: 't2', name: 'Energy', description: '' },
  ],
};

const ids = (query: string, limit?: number) =>
  rankGoto(buildGotoIndex(data), query, limit).map((item) => `${item.kind}:${item.id}`);

describe('foldName', () => {
  it('folds exactly as the search normalisation does, short cut or not', () => {
    for (const name of ['Steve  Witkoff', 'O`Brien', 'Zélensky’s “aide”', 'A\tB', 'ﬁnal — x', '']) {
      expect(foldName(name)).toBe(normalizeText(name));
    }
  });
});

describe('placeScore', () => {
  it('ranks a whole word, then a word start, then inside a word', () => {
    expect(placeScore('steve witkoff', 'steve')).toBe(0);
    expect(placeScore('steve witkoff', 'witkoff')).toBe(0);
    expect(placeScore('steve witkoff', 'wit')).toBe(1);
    expect(placeScore('steve witkoff', 'koff')).toBe(2);
    expect(placeScore('steve witkoff', 'putin')).toBeNull();
    // A later word start beats an earlier inside-a-word hit.
    expect(placeScore('twit witkoff', 'wit')).toBe(1);
    expect(placeScore('mr. witkoff', 'mr. witkoff')).toBe(0);
  });
});

describe('rankGoto', () => {
  it('finds the source Steve Witkoff and the claims naming or made by him', () => {
    const result = rankGoto(buildGotoIndex(data), 'Witkoff');
    expect(result.map((i) => `${i.kind}:${i.id}`)).toEqual([
      // The whole word in a name first (shorter names first), then the start of a word
      // ("Witkoffian"), then a claim he made, found by its claimant.
      'source:s1',
      'claim:c2',
      'article:d2',
      'claim:c1',
    ]);
    expect(result[0]).toEqual({
      kind: 'source',
      id: 's1',
      label: 'Steve Witkoff',
      detail: 'US special envoy',
    });
    expect(result[3]?.detail).toBe('by Steve Witkoff');
  });

  it('folds case and accents, and needs every typed word', () => {
    // Peskov's name, and the claim he made.
    expect(ids('PESKÓV')).toEqual(['source:s2', 'claim:c2']);
    expect(ids('mr. witkoff')).toEqual(['source:s1']);
    expect(ids('talks riyadh')).toEqual(['article:d1']);
    expect(ids('talks moscow')).toEqual([]);
  });

  it('puts a name that starts with the query before one that holds it', () => {
    expect(ids('referendum')).toEqual(['tag:t1', 'claim:c1']);
  });

  it('finds nothing for an empty query and caps the list', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('e', 3)).toHaveLength(3);
  });

  it('answers over 1,000 articles and 5,000 sources (timed in bench/tables.ts)', () => {
    const big: GotoData = {
      documents: Array.from({ length: 1_000 }, (_, i) => ({
        id: `d${i}`,
        title: `Article ${i} on talks in Riyadh about the ceasefire and energy`,
        outlet: 'Wire',
      })),
      sources: Array.from({ length: 5_000 }, (_, i) => ({
        id: `s${i}`,
        name: `Official number ${i}`,
        aliases: [`Spokesperson ${i}`],
        role: 'official',
      })),
      claims: [],
      tags: [],
    };
    const index = buildGotoIndex(big);
    expect(rankGoto(index, 'official 4999').map((i) => i.id)).toEqual(['s4999']);
    // "12" as a whole word first, then as the start of one, shorter names first, capped at 50.
    expect(rankGoto(index, 'spokesperson 12').map((i) => i.id)).toEqual([
      's12',
      ...Array.from({ length: 10 }, (_, i) => `s${120 + i}`),
      ...Array.from({ length: 39 }, (_, i) => `s${1200 + i}`),
    ]);
    expect(rankGoto(index, 'riyadh')).toHaveLength(50);
  });
});

describe('TopScored', () => {
  it('keeps what a stable sort of everything offered would put first', () => {
    const offer = fc.record({
      score: fc.integer({ min: 0, max: 5 }),
      label: fc.string({ maxLength: 4 }),
    });
    fc.assert(
      fc.property(
        fc.array(offer, { maxLength: 120 }),
        fc.integer({ min: 1, max: 60 }),
        (offers, limit) => {
          const items = offers.map((o, i): GotoItem => ({
            kind: 'tag',
            id: `t${i}`,
            label: o.label,
            detail: '',
          }));
          const top = new TopScored(limit);
          items.forEach((item, i) => top.offer(item, offers[i]!.score));
          const sorted = items
            .map((item, i) => ({ item, score: offers[i]!.score }))
            .sort((a, b) => a.score - b.score || a.item.label.length - b.item.label.length)
            .slice(0, limit)
            .map((s) => s.item.id);
          expect(top.items().map((item) => item.id)).toEqual(sorted);
        },
      ),
      { numRuns: 300 },
    );
  });
});
