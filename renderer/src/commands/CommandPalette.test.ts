import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../shared/commands';
import { buildGotoIndex } from '../features/find/goto';
import { filterCommands, paletteRows } from './CommandPalette';

// A fixed few of the commands, so the cases do not change each time a command is added.
const SOME = COMMANDS.filter((c) =>
  [
    'export.quoteSheet',
    'quote.mark',
    'view.quotes',
    'view.claims',
    'view.article',
    'find.inArticle',
  ].includes(c.id),
);

describe('filterCommands', () => {
  it('matches every typed word anywhere in the label, ignoring case', () => {
    expect(filterCommands(SOME, 'QUOTE').map((c) => c.id)).toEqual([
      'export.quoteSheet',
      'quote.mark',
      'view.quotes',
    ]);
    expect(filterCommands(COMMANDS, 'focus art').map((c) => c.id)).toEqual(['view.article']);
  });

  it('lists everything for an empty query and nothing for nonsense', () => {
    expect(filterCommands(COMMANDS, '  ')).toHaveLength(COMMANDS.length);
    expect(filterCommands(COMMANDS, 'zzz')).toEqual([]);
  });
});

describe('paletteRows', () => {
  const entries = buildGotoIndex({
    documents: [{ id: 'd1', title: 'Talks on the claims of Russia', outlet: 'AP' }],
    sources: [{ id: 's1', name: 'Steve Witkoff', aliases: [], role: 'envoy' }],
    claims: [{ id: 'c1', statement: 'Referendums justify these actions', claimantIds: ['s1'] }],
    tags: [{ id: 't1', name: 'Claims to check', description: '' }],
  });
  const rowIds = (query: string) =>
    paletteRows(SOME, entries, query).map((row) =>
      'command' in row ? row.command.id : `${row.item.kind}:${row.item.id}`,
    );

  it('lists the commands alone for an empty query', () => {
    expect(rowIds('')).toEqual(SOME.map((c) => c.id));
  });

  it('lists matching commands first, then things to go to with their kind', () => {
    expect(rowIds('claims')).toEqual(['view.claims', 'tag:t1', 'article:d1']);
    expect(rowIds('Witkoff')).toEqual(['source:s1', 'claim:c1']);
    expect(rowIds('find')).toEqual(['find.inArticle']);
  });
});
