import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../shared/commands';
import { filterCommands } from './CommandPalette';

describe('filterCommands', () => {
  it('matches every typed word anywhere in the label, ignoring case', () => {
    expect(filterCommands(COMMANDS, 'QUOTE').map((c) => c.id)).toEqual([
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
