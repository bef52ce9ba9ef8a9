// The grid body read by position answers what listing every line would: on random groups (with
// and without headings, empty ones included), each line, key and row position agrees with a
// plain flattening, and row keys are the same strings from one body to the next.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Row } from '@tanstack/react-table';
import type { GridFeatures } from './grid';
import { GridBody, RowKeys } from './grid-body';
import type { RowGroup } from './grid-body';

type Item = { id: string };
// The body reads only a row's id; a row object stands in for TanStack's.
const row = (id: string) => ({ id }) as unknown as Row<GridFeatures, Item>;

/** Every line as the old body listed them: a heading for a labelled group, then its rows. */
function flatten(groups: RowGroup<Item>[]) {
  const lines: { key: string; rowIndex: number }[] = [];
  const rows: { key: string; id: string; line: number }[] = [];
  for (const g of groups) {
    if (g.label) lines.push({ key: `h\u0000${g.key}`, rowIndex: -1 });
    for (const r of g.rows) {
      // One group: its ids are unique and are the keys; several: the group tells copies apart.
      const key = groups.length === 1 ? r.id : `${g.key}\u0000${r.id}`;
      rows.push({ key, id: r.id, line: lines.length });
      lines.push({ key, rowIndex: rows.length - 1 });
    }
  }
  return { lines, rows };
}

function expectSame(groups: RowGroup<Item>[], keys = new RowKeys()) {
  const body = new GridBody(groups, keys);
  const { lines, rows } = flatten(groups);
  expect(body.lineCount).toBe(lines.length);
  expect(body.length).toBe(rows.length);
  lines.forEach((want, i) => {
    const line = body.line(i);
    expect(line.key).toBe(want.key);
    if (want.rowIndex < 0) expect(line.kind).toBe('heading');
    else expect(line.kind === 'row' && line.index).toBe(want.rowIndex);
  });
  rows.forEach((want, r) => {
    expect(body.key(r)).toBe(want.key);
    expect(body.id(r)).toBe(want.id);
    expect(body.lineOfRow(r)).toBe(want.line);
  });
}

describe('GridBody', () => {
  it('reads one unlabelled group as its rows, line for row', () => {
    expectSame([{ key: 'all', label: '', rows: ['a', 'b', 'c'].map(row) }]);
  });

  it('puts a heading before each labelled group, empty groups included', () => {
    expectSame([
      { key: 'x', label: 'X', rows: ['b', 'a'].map(row) },
      { key: 'e', label: '', rows: [] },
      { key: 'f', label: 'Empty', rows: [] },
      { key: 'y', label: 'Y', rows: ['c', 'a'].map(row) },
      { key: 'z', label: '', rows: [] },
    ]);
    expectSame([]);
  });

  it('agrees with listing every line, on random groups', () => {
    const group = fc.record({
      label: fc.constantFrom('', 'Heading'),
      ids: fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 6 }),
    });
    fc.assert(
      fc.property(fc.array(group, { maxLength: 6 }), (specs) => {
        const groups = specs.map((s, i) => ({
          key: `g${i}`,
          label: s.label,
          rows: [...new Set(s.ids)].map(row),
        }));
        expectSame(groups);
      }),
    );
  });

  it('gives a row the same key in every body it is in', () => {
    const keys = new RowKeys();
    const rows = ['a', 'b', 'c'].map(row);
    const grouped = (shown: typeof rows) =>
      new GridBody(
        [
          { key: 'x', label: 'X', rows: shown },
          { key: 'y', label: 'Y', rows: [rows[0]!] },
        ],
        keys,
      );
    expect(grouped([rows[2]!]).key(0)).toBe(grouped(rows).key(2));
    const all = new GridBody([{ key: 'all', label: '', rows }], keys);
    const some = new GridBody([{ key: 'all', label: '', rows: [rows[2]!] }], keys);
    expect(some.key(0)).toBe(all.key(2));
  });
});
