import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { valuesOf } from './workspace';

describe('valuesOf', () => {
  it('gives what Object.values gives, in the same order, integer-like keys included', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.oneof(fc.string(), fc.nat().map(String)), fc.integer(), {
          maxKeys: 50,
        }),
        (record) => {
          expect(valuesOf(record)).toEqual(Object.values(record));
        },
      ),
    );
  });

  it('keeps insertion order on a record large enough to be a dictionary', () => {
    const record: Record<string, number> = {};
    for (let i = 0; i < 5_000; i++) record[`q${(i * 7919) % 5_000}`] = i;
    delete record['q0'];
    expect(valuesOf(record)).toEqual(Object.values(record));
  });
});
