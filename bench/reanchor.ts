// Benchmark of re-anchoring: 10,000 spans on a ~100 KB article re-anchored after a revision
// (insertions, deletions, typos, straightened punctuation); times anchorAll, checks the answers.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Selector } from '../shared/domain/schema';
import { REVIEW_THRESHOLD, anchorAll } from '../shared/anchoring/reanchor';
import type { AnchorResult } from '../shared/anchoring/reanchor';
import { describeSpan, trimSpan } from '../shared/anchoring/selectors';
import { canonicalizeText } from '../shared/text/canonical';

const SPANS = 10_000;
const RUNS = 5;
const SAMPLE = canonicalizeText(
  readFileSync(new URL('../resources/sample/riyadh-ceasefire-talks.txt', import.meta.url), 'utf8'),
);

/** Deterministic pseudo-random numbers, so every run builds the same article and edits. */
function rng(seed: number): () => number {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x / 4294967296;
  };
}

const pick = <T>(rand: () => number, items: readonly T[]): T =>
  items[Math.floor(rand() * items.length)]!;

/**
 * About 100 KB: the sample twelve times over, each copy with its paragraphs shuffled and about
 * one word in five swapped for another word of the article, so a phrase often occurs in
 * several copies while a quote with its context rarely does.
 */
function buildArticle(rand: () => number): string {
  const vocabulary = [...new Set(SAMPLE.match(/[A-Za-z’]{4,}/g))];
  const paragraphs: string[] = [];
  for (let copy = 0; copy < 12; copy++) {
    const text = SAMPLE.replace(/[A-Za-z’]{4,}/g, (word) =>
      rand() < 0.2 ? pick(rand, vocabulary) : word,
    );
    const ps = text.split('\n\n').filter(() => rand() > 0.1);
    for (let i = ps.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [ps[i], ps[j]] = [ps[j]!, ps[i]!];
    }
    paragraphs.push(...ps);
  }
  return paragraphs.join('\n\n');
}

/** Spans at word edges inside one paragraph: mostly phrases and sentences, some longer. */
function buildSelectors(text: string, rand: () => number): Selector[] {
  const selectors: Selector[] = [];
  while (selectors.length < SPANS) {
    const r = rand();
    const length = r < 0.7 ? 10 + rand() * 70 : r < 0.95 ? 80 + rand() * 220 : 300 + rand() * 500;
    const from = text.lastIndexOf(' ', Math.floor(rand() * text.length)) + 1;
    const paragraphEnd = text.indexOf('\n\n', from);
    const limit = paragraphEnd === -1 ? text.length : paragraphEnd;
    const space = text.indexOf(' ', from + Math.floor(length));
    const span = trimSpan(text, from, space === -1 || space > limit ? limit : space);
    const selector = span && describeSpan(text, span.start, span.end);
    if (selector) selectors.push(selector);
  }
  return selectors;
}

interface Edit {
  at: number;
  cut: number;
  insert: string;
  kind: 'insert' | 'delete' | 'typo' | 'spacing';
}

/** Non-overlapping edits of the old text: what a revised version of the article would bring. */
function buildEdits(text: string, rand: () => number): Edit[] {
  const edits: Edit[] = [];
  const starts = [0];
  for (let i = text.indexOf('\n\n'); i !== -1; i = text.indexOf('\n\n', i + 1)) starts.push(i + 2);
  for (let k = 0; k < 40; k++) {
    const at = pick(rand, starts);
    edits.push({
      at,
      cut: 0,
      insert: 'A new paragraph the editors added. '.repeat(4) + '\n\n',
      kind: 'insert',
    });
  }
  for (let k = 0; k < 20; k++) {
    const at = pick(rand, starts);
    const end = text.indexOf('\n\n', at);
    edits.push({ at, cut: (end === -1 ? text.length : end + 2) - at, insert: '', kind: 'delete' });
  }
  for (let k = 0; k < 400; k++) {
    const at = Math.floor(rand() * (text.length - 2));
    if (!/[a-z]{2}/.test(text.slice(at, at + 2))) continue;
    const insert = pick(rand, ['', 'x', 'xy', text[at + 1]! + text[at]!]);
    edits.push({ at, cut: insert.length === 1 ? 1 : 2, insert, kind: 'typo' });
  }
  for (let i = text.indexOf(', '); i !== -1; i = text.indexOf(', ', i + 1)) {
    if (rand() < 0.1) edits.push({ at: i + 1, cut: 0, insert: ' ', kind: 'spacing' });
  }
  // Keep the first of any overlapping edits; an insertion never sits inside a deletion.
  edits.sort((a, b) => a.at - b.at || b.cut - a.cut);
  const kept: Edit[] = [];
  for (const e of edits) {
    const last = kept[kept.length - 1];
    if (!last || e.at >= last.at + Math.max(1, last.cut)) kept.push(e);
  }
  return kept;
}

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let from = 0;
  for (const e of edits) {
    out += text.slice(from, e.at) + e.insert;
    from = e.at + e.cut;
  }
  return (out + text.slice(from)).replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/—/g, '-');
}

type Expected = { kind: 'intact' | 'edited'; start: number; end: number } | { kind: 'gone' };

/** Where each span should land: offsets moved by the edits before it. */
function expectedSpan(selector: Selector, edits: readonly Edit[]): Expected {
  const { start, end } = selector.position;
  let shiftStart = 0;
  let shiftEnd = 0;
  let edited = false;
  for (const e of edits) {
    const delta = e.insert.length - e.cut;
    const editEnd = e.at + e.cut;
    if (e.kind === 'delete' && e.at < end && editEnd > start) return { kind: 'gone' };
    if (editEnd <= start) shiftStart += delta;
    // Text added exactly at the end of a span is not part of it.
    if (editEnd < end || (editEnd === end && e.cut > 0)) shiftEnd += delta;
    if (e.at < end && editEnd > start) edited = true;
  }
  return { kind: edited ? 'edited' : 'intact', start: start + shiftStart, end: end + shiftEnd };
}

export async function benchReanchor(): Promise<string[]> {
  const rand = rng(2025);
  const before = buildArticle(rand);
  const selectors = buildSelectors(before, rand);
  const edits = buildEdits(before, rand);
  const after = applyEdits(before, edits);

  // The first run includes compiling the hot code; the median of the rest is the steady state.
  const times: number[] = [];
  let results: (AnchorResult | null)[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const started = performance.now();
    results = anchorAll(after, selectors);
    times.push(performance.now() - started);
  }
  const unchangedStarted = performance.now();
  anchorAll(before, selectors);
  const unchangedMs = performance.now() - unchangedStarted;

  const methods = { position: 0, exact: 0, fuzzy: 0, none: 0 };
  const tally = {
    intact: { n: 0, right: 0, onCopy: 0 },
    edited: { n: 0, right: 0, onCopy: 0 },
    gone: { n: 0, right: 0, onCopy: 0 },
  };
  let review = 0;
  selectors.forEach((selector, i) => {
    const r = results[i] ?? null;
    methods[r ? r.method : 'none']++;
    const flagged = !r || r.score < REVIEW_THRESHOLD;
    if (flagged) review++;
    const want = expectedSpan(selector, edits);
    const t = tally[want.kind];
    t.n++;
    const right =
      want.kind === 'gone' ? flagged : r !== null && r.start === want.start && r.end === want.end;
    if (right) t.right++;
    // Wrong, but on another copy of the very words: the article repeats its paragraphs.
    else if (r && r.method === 'exact') t.onCopy++;
  });

  const [cold, ...warm] = times;
  const median = warm.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
  const ms = (t: number) => `${t.toFixed(0)} ms`;
  const pct = (n: number, of = SPANS) => `${((100 * n) / of).toFixed(1)}%`;
  const kinds = edits.reduce<Record<string, number>>(
    (acc, e) => ({ ...acc, [e.kind]: (acc[e.kind] ?? 0) + 1 }),
    {},
  );
  const line = (label: string, t: { n: number; right: number; onCopy: number }) =>
    `  ${label}: ${pct(t.right, t.n)} of ${t.n} (else on an exact copy elsewhere: ${pct(t.onCopy, t.n)})`;
  return [
    `re-anchoring: ${SPANS} spans, article ${(before.length / 1024).toFixed(0)} KB -> ${(after.length / 1024).toFixed(0)} KB`,
    `  edits: ${Object.entries(kinds)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ')}, curly quotes straightened, em dashes to hyphens`,
    `  anchorAll after the revision: first run ${ms(cold!)}, then median ${ms(median)} of ${RUNS} (${warm.map(ms).join(', ')})`,
    `  anchorAll on the unchanged text: ${ms(unchangedMs)}`,
    `  methods: position ${pct(methods.position)}, exact ${pct(methods.exact)}, fuzzy ${pct(methods.fuzzy)}, none ${pct(methods.none)}; needs review ${pct(review)}`,
    line('right span, untouched spans', tally.intact),
    line('right span, spans with an edit inside', tally.edited),
    line('deleted spans sent to review or not found', tally.gone),
  ];
}

// Alone (`npx tsx bench/reanchor.ts`) it prints its lines; bench/run.ts imports it instead.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log((await benchReanchor()).join('\n'));
}
