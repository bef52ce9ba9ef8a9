import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positionMap } from './positions';

describe('positionMap', () => {
  it('counts an emoji and a rare CJK ideograph as one character each', () => {
    // "😀" (U+1F600) and "𠮷" (U+20BB7) are two UTF-16 units each.
    const text = 'a😀b𠮷c';
    const map = positionMap(text);
    expect(map.length).toBe(5);
    expect([0, 1, 3, 4, 6, 7].map((i) => map.toCodePoints(i))).toEqual([0, 1, 2, 3, 4, 5]);
    expect([0, 1, 2, 3, 4, 5].map((i) => map.toUtf16(i))).toEqual([0, 1, 3, 4, 6, 7]);
    expect(map.toUtf16(6)).toBeNull();
    expect(map.toUtf16(-1)).toBeNull();
  });

  it('puts an offset inside a surrogate pair after the character', () => {
    const map = positionMap('x😀y');
    expect(map.toCodePoints(2)).toBe(2);
  });

  it('is the identity on text inside the Basic Multilingual Plane', () => {
    const map = positionMap('plain “text” — é');
    expect(map.toCodePoints(5)).toBe(5);
    expect(map.toUtf16(5)).toBe(5);
  });

  it('agrees with Array.from for any text, both ways', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const map = positionMap(text);
        const chars = Array.from(text);
        expect(map.length).toBe(chars.length);
        let utf16 = 0;
        for (let cp = 0; cp <= chars.length; cp++) {
          expect(map.toUtf16(cp)).toBe(utf16);
          expect(map.toCodePoints(utf16)).toBe(cp);
          utf16 += chars[cp]?.length ?? 0;
        }
      }),
    );
  });
});
