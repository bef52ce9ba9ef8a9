// Speakers map to the registry: an existing source by name or alias, loosely compared, else a
// proposed source with the kind, role and other names the article gives.
import { describe, expect, it } from 'vitest';
import { suggestQuotes } from './index';
import { indexSources, matchSource, normaliseName } from './registry';
import type { KnownSource } from './types';

const SOURCES: KnownSource[] = [
  { id: 's1', name: 'Dmitri S. Peskov', aliases: ['Kremlin spokesman'], kind: 'person' },
  { id: 's2', name: 'The Kremlin', aliases: [], kind: 'government' },
  {
    id: 's3',
    name: 'Zelensky',
    aliases: ['Volodymyr Zelenskyy', 'Volodymyr Zelensky'],
    kind: 'person',
  },
  { id: 's4', name: 'Reuters', aliases: [], kind: 'outlet' },
];

describe('normaliseName', () => {
  it.each([
    ['Mr. Witkoff', 'witkoff'],
    ['The Kremlin', 'kremlin'],
    ['President Volodymyr Zelensky', 'volodymyr zelensky'],
    ['Kremlin’s', 'kremlin'],
    ['Élysée  Palace', 'elysee palace'],
  ])('%s → %s', (name, expected) => {
    expect(normaliseName(name)).toBe(expected);
  });
});

describe('matchSource', () => {
  const index = indexSources(SOURCES);

  it('finds an existing source by name, ignoring middle initials', () => {
    expect(
      matchSource({ name: 'Dmitri Peskov', kind: 'person', role: '', via: 'name' }, [], index),
    ).toEqual({
      kind: 'existing',
      sourceId: 's1',
      name: 'Dmitri S. Peskov',
    });
  });

  it('finds an existing source by alias', () => {
    const match = matchSource(
      { name: 'Volodymyr Zelensky', kind: 'person', role: 'President', via: 'title' },
      [],
      index,
    );
    expect(match).toMatchObject({ kind: 'existing', sourceId: 's3' });
  });

  it('finds an organisation whatever its article', () => {
    expect(
      matchSource(
        { name: 'Kremlin', kind: 'government', role: '', via: 'organisation' },
        [],
        index,
      ),
    ).toMatchObject({
      kind: 'existing',
      sourceId: 's2',
    });
  });

  it('never maps a person to an organisation of the same name', () => {
    const match = matchSource(
      { name: 'Reuters', kind: 'person', role: '', via: 'name' },
      [],
      index,
    );
    expect(match.kind).toBe('new');
  });

  it('proposes a new source with its kind, role and the other forms of the name', () => {
    const match = matchSource(
      { name: 'Steve Witkoff', kind: 'person', role: 'envoy', via: 'title' },
      ['Mr. Witkoff', 'Steve Witkoff'],
      index,
    );
    expect(match).toEqual({
      kind: 'new',
      name: 'Steve Witkoff',
      sourceKind: 'person',
      role: 'envoy',
      aliases: ['Mr. Witkoff'],
    });
  });
});

describe('suggestions carry their registry match', () => {
  it('an existing source for a known speaker, a proposed one otherwise', () => {
    const text =
      'Dmitri S. Peskov, the Kremlin’s spokesman, said the talks were useful. Yuri Antonov, a senior diplomat, said they were not.';
    const [first, second] = suggestQuotes(text, { sources: SOURCES });
    expect(first!.source).toEqual({ kind: 'existing', sourceId: 's1', name: 'Dmitri S. Peskov' });
    expect(second!.source).toMatchObject({
      kind: 'new',
      name: 'Yuri Antonov',
      sourceKind: 'person',
      role: 'a senior diplomat',
    });
  });
});
