// Offsets between the two ways of counting text: QDA-XML counts characters (Unicode code
// points) of the plain text, as QualCoder's Python does; JavaScript strings and our selectors
// count UTF-16 code units, so a character beyond the Basic Multilingual Plane (an emoji, a rare
// CJK ideograph) is one position there and two here.

/** Converts offsets in one text both ways; built once per text, each lookup O(log n) or O(1). */
export interface PositionMap {
  /** Code points in the text. */
  readonly length: number;
  /** The code-point offset of a UTF-16 offset (one inside a surrogate pair counts as after it). */
  toCodePoints(utf16: number): number;
  /** The UTF-16 offset of a code-point offset, or null when it lies beyond the text. */
  toUtf16(codePoints: number): number | null;
}

/**
 * The map for `text`. Text without surrogate pairs (most articles) needs no table: both counts
 * agree. Otherwise the UTF-16 offsets where each pair starts are kept, sorted, and an offset's
 * shift is the number of pairs before it.
 */
export function positionMap(text: string): PositionMap {
  const pairs: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairs.push(i);
        i++;
      }
    }
  }
  const length = text.length - pairs.length;
  if (pairs.length === 0) {
    return {
      length,
      toCodePoints: (utf16) => Math.min(Math.max(0, utf16), text.length),
      toUtf16: (cp) => (cp >= 0 && cp <= length ? cp : null),
    };
  }
  /** Pairs starting before UTF-16 offset `at` (strictly). */
  const pairsBefore = (at: number): number => {
    let lo = 0;
    let hi = pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    length,
    toCodePoints(utf16) {
      const at = Math.min(Math.max(0, utf16), text.length);
      const before = pairsBefore(at);
      // An offset between the halves of a pair falls after the whole character.
      const inside = before > 0 && pairs[before - 1] === at - 1;
      return at - before + (inside ? 1 : 0);
    },
    toUtf16(cp) {
      if (!Number.isInteger(cp) || cp < 0 || cp > length) return null;
      // The UTF-16 offset is cp plus the pairs wholly before it: find the smallest k with
      // pairs[k] - k >= cp (the k-th pair starts at code point pairs[k] - k).
      let lo = 0;
      let hi = pairs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (pairs[mid]! - mid < cp) lo = mid + 1;
        else hi = mid;
      }
      return cp + lo;
    },
  };
}
