import { describe, expect, it } from 'vitest';
import type { Source } from '../../../../shared/domain/schema';
import { foldName, matchSources } from './speaker-match';

const source = (name: string, aliases: string[] = []): Source => ({
  id: name,
  kind: 'person',
  name,
  aliases,
  role: '',
  affiliation: '',
  notes: '',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

const sources = [
  source('Steve Witkoff'),
  source('Rustem Umerov'),
  source('Dmitri S. Peskov', ['Kremlin spokesman']),
  source('Volodymyr Zelensky', ['Zelenskyy']),
];

describe('matchSources', () => {
  it.each([
    ['Mr. Witkoff', 'Steve Witkoff'],
    ['witk', 'Steve Witkoff'],
    ['umerov', 'Rustem Umerov'],
    ['kremlin spo', 'Dmitri S. Peskov'],
    ['zelenskyy', 'Volodymyr Zelensky'],
    ['President Zelensky', 'Volodymyr Zelensky'],
  ])('%s finds %s', (query, expected) => {
    expect(matchSources(sources, query)[0]?.name).toBe(expected);
  });

  it('finds nothing for an unrelated name', () => {
    expect(matchSources(sources, 'Kellogg')).toEqual([]);
  });

  it('lists everything for an empty query, up to the limit', () => {
    expect(matchSources(sources, '', 2)).toHaveLength(2);
  });

  it('ranks an exact name above a prefix', () => {
    const list = [source('Anton Michaels'), source('Anton')];
    expect(matchSources(list, 'anton').map((s) => s.name)).toEqual(['Anton', 'Anton Michaels']);
  });

  it('folds accents and punctuation', () => {
    expect(foldName('  Dmítri S. Peskov ')).toBe('dmitri s peskov');
  });
});
