// The bundled sample article: every direct quote found with its speaker and cue, the partial
// quotes as partial, and the reported statements the issue names (SAMPLE_EXPECTATIONS), on the
// file as shipped and on its canonical text as stored after import.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalizeText } from '../text/canonical';
import { suggestQuotes } from './index';
import { checkSample } from './sample-check';

const RAW = readFileSync(
  new URL('../../resources/sample/riyadh-ceasefire-talks.txt', import.meta.url),
  'utf8',
);

describe('suggestions on the sample article', () => {
  it.each([
    ['as shipped', RAW],
    ['canonicalised', canonicalizeText(RAW)],
  ])('meets every expectation (%s)', (_name, text) => {
    const result = checkSample(text, suggestQuotes(text));
    expect(result.lines.filter((line) => !line.startsWith('ok'))).toEqual([]);
    expect(result.passed).toBe(result.total);
  });

  it('gives Witkoff’s referendums quote to Steve Witkoff with the cue "told Fox News"', () => {
    const at = RAW.indexOf('There are referendums');
    const s = suggestQuotes(RAW).find((q) => q.content.start === at)!;
    expect(s.kind).toBe('direct');
    expect(s.cue?.text).toBe('told Fox News');
    expect(s.speaker).toMatchObject({
      text: 'Mr. Witkoff',
      resolved: { name: 'Steve Witkoff', kind: 'person' },
    });
    expect(s.source).toMatchObject({
      kind: 'new',
      name: 'Steve Witkoff',
      aliases: ['Mr. Witkoff'],
    });
    expect(s.reason).toContain('told Fox News');
  });

  it('does not give Zelensky’s reported statement the "added" of the next sentence', () => {
    const at = RAW.indexOf('Ukraine had prepared a list');
    const s = suggestQuotes(RAW).find((q) => q.content.start <= at && at < q.content.end)!;
    expect(s.cue?.text).toBe('said');
    expect(RAW.slice(s.cue!.start - 13, s.cue!.end)).toBe('Mr. Zelensky said');
  });

  it('keeps the suggestions in text order with stable keys', () => {
    const suggestions = suggestQuotes(RAW);
    const starts = suggestions.map((s) => s.content.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(suggestions.map((s) => s.key)).size).toBe(suggestions.length);
    expect(suggestQuotes(RAW).map((s) => s.key)).toEqual(suggestions.map((s) => s.key));
  });
});

describe('quotes already marked', () => {
  it('are not suggested again', () => {
    const at = RAW.indexOf('There are referendums');
    const marked = [{ start: at - 1, end: at + 76 }];
    const all = suggestQuotes(RAW);
    const rest = suggestQuotes(RAW, { marked });
    expect(rest).toHaveLength(all.length - 1);
    expect(rest.some((s) => s.content.start === at)).toBe(false);
  });
});
