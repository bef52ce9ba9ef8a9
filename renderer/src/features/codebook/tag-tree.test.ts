// The codebook tree: display order, depth, descendants, collapsing, and bad data (missing
// parents, loops) that must still show every tag once without hanging.
import { describe, expect, it } from 'vitest';
import { buildTagTree, descendantIds, visibleRows } from './tag-tree';
import type { TreeTag } from './tag-tree';

const tag = (id: string, name: string, parentId: string | null = null): TreeTag => ({
  id,
  name,
  parentId,
});

const CODEBOOK = [
  tag('t', 'Territory'),
  tag('r', 'referendums', 't'),
  tag('a', 'Annexation', 't'),
  tag('c', 'Ceasefire'),
  tag('e', 'Energy infrastructure', 'c'),
  tag('s', 'Black Sea', 'c'),
  tag('x', 'Crimea', 'a'),
];

const outline = (tags: readonly TreeTag[]) =>
  buildTagTree(tags).map((row) => `${'  '.repeat(row.depth)}${row.tag.name}`);

describe('buildTagTree', () => {
  it('puts children under their parent, siblings by name regardless of case', () => {
    expect(outline(CODEBOOK)).toEqual([
      'Ceasefire',
      '  Black Sea',
      '  Energy infrastructure',
      'Territory',
      '  Annexation',
      '    Crimea',
      '  referendums',
    ]);
  });

  it('says which rows have children and where each is shown', () => {
    const rows = buildTagTree(CODEBOOK);
    const annexation = rows.find((r) => r.tag.id === 'a')!;
    expect(annexation).toMatchObject({ depth: 1, parentId: 't', hasChildren: true });
    expect(rows.find((r) => r.tag.id === 'x')).toMatchObject({ depth: 2, hasChildren: false });
  });

  it('sorts numbers in names by value', () => {
    expect(outline([tag('b', 'Item 10'), tag('a', 'Item 9')])).toEqual(['Item 9', 'Item 10']);
  });

  it('shows a tag whose parent is missing at the top level', () => {
    expect(outline([tag('a', 'Orphan', 'gone'), tag('b', 'Beta')])).toEqual(['Beta', 'Orphan']);
  });

  it('shows every tag of a parent loop once, entered at its first name', () => {
    const looped = [
      tag('a', 'Alpha', 'b'),
      tag('b', 'Beta', 'a'),
      tag('c', 'Child of beta', 'b'),
      tag('s', 'Self', 's'),
      tag('z', 'Zeta'),
    ];
    expect(outline(looped)).toEqual(['Zeta', 'Alpha', '  Beta', '    Child of beta', 'Self']);
    expect(buildTagTree(looped).find((r) => r.tag.id === 'a')!.parentId).toBeNull();
  });

  it('handles a deep chain without recursion limits', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) =>
      tag(`t${i}`, `Tag ${i}`, i === 0 ? null : `t${i - 1}`),
    );
    const rows = buildTagTree(chain);
    expect(rows).toHaveLength(20_000);
    expect(rows.at(-1)!.depth).toBe(19_999);
  });
});

describe('descendantIds', () => {
  it('lists children and grandchildren, not the tag itself', () => {
    expect([...descendantIds(CODEBOOK, 't')].sort()).toEqual(['a', 'r', 'x']);
    expect(descendantIds(CODEBOOK, 'x').size).toBe(0);
  });

  it('stops on loops', () => {
    const looped = [tag('a', 'A', 'b'), tag('b', 'B', 'a'), tag('c', 'C', 'b')];
    expect([...descendantIds(looped, 'a')].sort()).toEqual(['b', 'c']);
  });
});

describe('visibleRows', () => {
  it('hides the subtree of a collapsed tag, and only that', () => {
    const rows = buildTagTree(CODEBOOK);
    const names = (collapsed: string[]) =>
      visibleRows(rows, new Set(collapsed)).map((r) => r.tag.name);
    expect(names(['a'])).toEqual([
      'Ceasefire',
      'Black Sea',
      'Energy infrastructure',
      'Territory',
      'Annexation',
      'referendums',
    ]);
    expect(names(['t', 'c'])).toEqual(['Ceasefire', 'Territory']);
    // Collapsing a leaf changes nothing.
    expect(names(['x'])).toHaveLength(CODEBOOK.length);
  });
});
