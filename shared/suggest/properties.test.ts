// Properties of the engine on any input: it never throws, every span lies inside the text and
// matches it, the cue and the speaker lie in or next to the quote's sentence, confidences are
// in 0..1, the order is the text's; and hostile input (a megabyte of quotation marks, huge
// unbalanced runs, a sentence of nothing but cues) stays roughly linear.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyse } from './document';
import type { Doc } from './document';
import { suggestQuotes } from './index';
import type { QuoteSuggestion, TextSpan } from './types';

/** Text built from the pieces the rules look at, so suggestions are frequent. */
const newsish = fc
  .array(
    fc.constantFrom(
      ...[
        'Mr. Witkoff ',
        'Anna Kowalczyk, the minister, ',
        'he ',
        'she ',
        'officials ',
        'The Kremlin ',
        'a source ',
      ],
      ...[
        'said ',
        'told Fox News ',
        'added ',
        'wrote on social media ',
        'according to ',
        'saying ',
        'that ',
      ],
      ...[
        'the talks ',
        'failed ',
        'would resume ',
        'in May',
        '. ',
        ', ',
        ': ',
        ' — ',
        '\n',
        '\n\n',
      ],
      ...[
        '“',
        '”',
        '"',
        "'",
        '‘',
        '’',
        '„',
        '«',
        '»',
        '「',
        '」',
        'We won',
        'It is over',
        '?',
        '!',
      ],
    ),
    { minLength: 1, maxLength: 80 },
  )
  .map((parts) => parts.join(''));

/** Sentences shaped like attributions, with junk between them. */
const speaker = fc.constantFrom(
  'Mr. Witkoff',
  'Anna Kowalczyk, the minister,',
  'he',
  'officials',
  'The Kremlin',
  'a source, speaking on condition of anonymity,',
);
const cue = fc.constantFrom('said', 'told Fox News', 'added', 'wrote on social media', 'says');
const words = fc.constantFrom(
  'the talks failed',
  'talks would resume in May',
  'it was “dead on arrival”',
  'We won',
  'It is over',
);
const open = fc.constantFrom('“', '"', '„', '«', "'", '‘', '「');
const close = fc.constantFrom('”', '"', '“', '»', "'", '’', '」');
const sentence = fc.oneof(
  fc.tuple(speaker, cue, words).map(([s, c, w]) => `${s} ${c} that ${w}.`),
  fc.tuple(open, words, close, speaker, cue).map(([o, w, e, s, c]) => `${o}${w},${e} ${s} ${c}.`),
  fc.tuple(speaker, cue, open, words, close).map(([s, c, o, w, e]) => `${s} ${c}: ${o}${w}.${e}`),
  fc.tuple(words, cue, speaker).map(([w, c, s]) => `${w}, ${c} ${s}.`),
  newsish,
);
const structured = fc
  .array(fc.tuple(sentence, fc.constantFrom(' ', '\n', '\n\n', ' — ', '')), {
    minLength: 1,
    maxLength: 12,
  })
  .map((parts) => parts.map(([s, sep]) => s + sep).join(''));

const anyText = fc.oneof(
  structured,
  newsish,
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ maxLength: 300 }),
);

/** Character bounds of the sentences around a span: the one before to the one after. */
function around(doc: Doc, span: TextSpan): { start: number; end: number } {
  const { tokens, sentences, sentenceOf } = doc;
  const first = tokens.findIndex((t) => t.end > span.start);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < span.end) last++;
  const from = Math.max(0, sentenceOf[first]! - 1);
  const to = Math.min(sentences.length - 1, sentenceOf[last]! + 1);
  return { start: tokens[sentences[from]!.first]!.start, end: tokens[sentences[to]!.end - 1]!.end };
}

function checkSpan(text: string, span: TextSpan): void {
  expect(span.start).toBeGreaterThanOrEqual(0);
  expect(span.end).toBeLessThanOrEqual(text.length);
  expect(span.start).toBeLessThan(span.end);
  expect(span.text).toBe(text.slice(span.start, span.end));
}

function checkSuggestions(text: string, suggestions: readonly QuoteSuggestion[]): void {
  const doc = analyse(text);
  let previous = -1;
  for (const s of suggestions) {
    checkSpan(text, s.content);
    expect(s.content.start).toBeGreaterThanOrEqual(previous);
    previous = s.content.start;
    expect(s.key).toBe(`${s.kind}:${s.content.start}-${s.content.end}`);
    expect(s.confidence).toBeGreaterThanOrEqual(0);
    expect(s.confidence).toBeLessThanOrEqual(1);
    expect(s.reason.length).toBeGreaterThan(0);
    const bounds = around(doc, s.content);
    for (const part of [s.cue, s.speaker]) {
      if (!part) continue;
      checkSpan(text, part);
      expect(part.start).toBeGreaterThanOrEqual(bounds.start);
      expect(part.end).toBeLessThanOrEqual(bounds.end);
    }
  }
}

describe('suggestQuotes properties', () => {
  it('spans lie inside the text, cue and speaker in or next to the sentence, on any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkSuggestions(text, suggestQuotes(text));
      }),
      { numRuns: Number(process.env.SUGGEST_RUNS ?? 400) },
    );
  });

  it('finds suggestions in the generated text often enough for the properties to mean something', () => {
    const samples = fc.sample(structured, { numRuns: 300, seed: 42 });
    const withSuggestions = samples.filter((t) => suggestQuotes(t).length > 0).length;
    expect(withSuggestions).toBeGreaterThan(200);
  });

  it('returns nothing for empty or blank text', () => {
    expect(suggestQuotes('')).toEqual([]);
    expect(suggestQuotes(' \n\n\t ')).toEqual([]);
  });
});

describe('hostile input', () => {
  const MB = 1 << 20;
  const repeat = (unit: string, size: number): string =>
    unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

  const cases: Array<[string, number, (size: number) => string]> = [
    ['a megabyte of mixed quotation marks', MB, (n) => repeat("“”\"'‘’«»„‚‹›「」『』``''", n)],
    ['a megabyte of opening marks, never closed', MB, (n) => repeat('“', n)],
    [
      'a megabyte of quotations attributed by pronouns',
      MB,
      (n) => repeat('“It is over,” he said. ', n),
    ],
    ['opening marks with words', MB / 4, (n) => repeat('“We said ', n)],
    ['one sentence of cues with no full stop', MB / 4, (n) => repeat('a, said b, told c that ', n)],
    ['names and titles without end', MB / 4, (n) => repeat('Mr. President Anna Kowalczyk ', n)],
  ];

  /** CPU milliseconds, steadier than wall time on a busy machine. */
  const cpuMs = (work: () => void): number => {
    const before = process.cpuUsage();
    work();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
  };

  it.each(cases)(
    '%s: no throw, valid spans, roughly linear',
    (_name, size, make) => {
      const run = (n: number): number => {
        const text = make(n);
        let suggestions: QuoteSuggestion[] = [];
        const ms = cpuMs(() => {
          suggestions = suggestQuotes(text);
        });
        for (const s of suggestions.slice(0, 50)) checkSpan(text, s.content);
        return ms;
      };
      run(size / 16); // warm up
      const small = run(size / 4);
      const large = run(size);
      // Four times the input must stay well under sixteen times the time (quadratic).
      expect(large).toBeLessThan(Math.max(8 * small, 300));
      expect(large).toBeLessThan(10_000);
    },
    120_000,
  );
});
