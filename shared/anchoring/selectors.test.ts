import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CONTEXT_CHARS, anchorExact, describeSpan, trimSpan } from './selectors';

const TEXT =
  'Mr. Witkoff told Fox News. “There are referendums within these territories that justify these actions.” ' +
  'Those referendums were widely denounced as fraudulent and illegal by the international community.';

describe('describeSpan', () => {
  it('stores position, exact text and 32 characters of context', () => {
    const start = TEXT.indexOf('“There');
    const end = TEXT.indexOf('actions.”') + 'actions.”'.length;
    expect(describeSpan(TEXT, start, end)).toEqual({
      position: { start, end },
      quote: {
        exact: '“There are referendums within these territories that justify these actions.”',
        prefix: 'Mr. Witkoff told Fox News. ',
        suffix: ' Those referendums were widely d',
      },
    });
  });

  it.each([
    [5, 5],
    [6, 2],
    [-1, 4],
    [0, TEXT.length + 1],
    [0.5, 3],
  ])('returns null for the bad range [%s, %s)', (start, end) => {
    expect(describeSpan(TEXT, start, end)).toBeNull();
  });

  it('returns null for whitespace only and for empty text', () => {
    expect(describeSpan('a   b', 1, 4)).toBeNull();
    expect(describeSpan('', 0, 0)).toBeNull();
  });
});

describe('trimSpan', () => {
  it('drops surrounding whitespace and blank lines', () => {
    expect(trimSpan('ab \n\ncd  ', 2, 9)).toEqual({ start: 5, end: 7 });
    expect(trimSpan('   ', 0, 3)).toBeNull();
  });
});

describe('anchorExact', () => {
  it('uses the stored position when the text is unchanged', () => {
    const selector = describeSpan(TEXT, 4, 11)!;
    expect(anchorExact(TEXT, selector)).toEqual({ start: 4, end: 11 });
  });

  it('finds the quote after text was inserted before it', () => {
    const selector = describeSpan(TEXT, TEXT.indexOf('Those'), TEXT.indexOf(' were'))!;
    const edited = `UPDATE: corrected. ${TEXT}`;
    const found = anchorExact(edited, selector)!;
    expect(edited.slice(found.start, found.end)).toBe('Those referendums');
  });

  it('prefers the occurrence whose context matches', () => {
    const text = 'referendums: one. A second mention of referendums here.';
    const second = text.lastIndexOf('referendums');
    const selector = describeSpan(text, second, second + 11)!;
    const shifted = `xx ${text}`;
    expect(anchorExact(shifted, selector)).toEqual({ start: second + 3, end: second + 14 });
  });

  it('returns null when the quote is gone', () => {
    const selector = describeSpan(TEXT, 0, 11)!;
    expect(anchorExact('Something else entirely.', selector)).toBeNull();
  });

  it('round-trips: describing then anchoring any span gives it back', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const selector = describeSpan(text, start, end);
        if (!selector) return;
        expect(selector.quote.prefix.length).toBeLessThanOrEqual(CONTEXT_CHARS);
        expect(selector.quote.suffix.length).toBeLessThanOrEqual(CONTEXT_CHARS);
        expect(anchorExact(text, selector)).toEqual({ start, end });
        // Anchoring in an edited text still lands on the same characters.
        const edited = `prefix text ${text}`;
        const found = anchorExact(edited, selector)!;
        expect(edited.slice(found.start, found.end)).toBe(selector.quote.exact);
      }),
    );
  });
});
