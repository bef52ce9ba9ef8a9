// The export filters' choices: sources by name and findable by alias, tags by their path even
// when the codebook's parents are missing or loop, the scales with their meanings.
import { describe, expect, it } from 'vitest';
import type { Tag } from '../../../../shared/domain/annotations';
import type { Source } from '../../../../shared/domain/schema';
import { matchingOptions } from '../../ui/CheckboxListFilter';
import { summary } from '../documents/test-articles';
import {
  articleOptions,
  credibilityOptions,
  gradeOptions,
  sourceOptions,
  tagOptions,
} from './filter-options';

const AT = '2025-03-01T10:00:00.000Z';
const tag = (id: string, name: string, parentId: string | null): Tag => ({
  id,
  name,
  description: '',
  color: '#aabbcc',
  parentId,
  shortcut: null,
  createdAt: AT,
  updatedAt: AT,
});
const source = (id: string, name: string, aliases: string[], affiliation = ''): Source => ({
  id,
  kind: 'person',
  name,
  aliases,
  role: '',
  affiliation,
  notes: '',
  createdAt: AT,
  updatedAt: AT,
});

describe('export filter options', () => {
  it('lists tags by path, stopping where a parent is missing or loops', () => {
    const tags = [
      tag('t3', 'Referendums', 't1'),
      tag('t1', 'Territory', null),
      tag('t4', 'Orphan', 'gone'),
      tag('a', 'Loop A', 'b'),
      tag('b', 'Loop B', 'a'),
    ];
    expect(tagOptions(tags).map((o) => [o.value, o.label])).toEqual([
      ['b', 'Loop A › Loop B'],
      ['a', 'Loop B › Loop A'],
      ['t4', 'Orphan'],
      ['t1', 'Territory'],
      ['t3', 'Territory › Referendums'],
    ]);
  });

  it('sorts sources by name and finds them by alias or affiliation', () => {
    const options = sourceOptions([
      source('s1', 'steve Witkoff', [], 'White House'),
      source('s2', 'Dmitri S. Peskov', ['Kremlin spokesman']),
    ]);
    expect(options.map((o) => o.value)).toEqual(['s2', 's1']);
    expect(matchingOptions(options, 'kremlin').map((o) => o.value)).toEqual(['s2']);
    expect(matchingOptions(options, 'white house').map((o) => o.value)).toEqual(['s1']);
  });

  it('tells apart articles that share a title', () => {
    const options = articleOptions([
      summary('d1', { title: 'Talks', outlet: 'Wire', fileName: 'talks.html' }),
      summary('d2', { title: 'Talks', publishedAt: '2025-03-23', fileName: 'talks.pdf' }),
    ]);
    expect(options.map((o) => o.detail)).toEqual(['Wire · talks.html', '2025-03-23 · talks.pdf']);
  });

  it('keeps the library’s order of articles, with their quote counts', () => {
    const options = articleOptions([
      summary('d2', { title: 'Zebra', quoteCount: 4 }),
      summary('d1', { title: 'Apple' }),
    ]);
    expect(options).toEqual([
      { value: 'd2', label: 'Zebra', count: 4, keywords: '' },
      { value: 'd1', label: 'Apple', count: 0, keywords: '' },
    ]);
  });

  it('spells out the scales', () => {
    expect(gradeOptions.map((o) => o.value)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(gradeOptions[1]!.label).toBe('B: Usually reliable');
    expect(credibilityOptions.map((o) => o.value)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(credibilityOptions[0]!.label).toBe('1: Confirmed by other sources');
  });
});
