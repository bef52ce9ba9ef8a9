// What a rule finds before resolution: the content, the cue, the speaker phrase and the rule's
// name, plus the small token helpers the rules share.
import type { Cue } from './cues';
import type { Doc } from './document';
import type { Phrase, SpeakerPhrase } from './speakers';
import type { SuggestedQuoteKind } from './types';

export type Rule =
  | 'quote-then-speaker'
  | 'speaker-then-quote'
  | 'split-quote'
  | 'continued-quote'
  | 'reported'
  | 'reported-that'
  | 'reported-end'
  | 'participle'
  | 'according-to';

export interface Found {
  kind: SuggestedQuoteKind;
  /** Character offsets of the content, end exclusive. */
  start: number;
  end: number;
  cue: Cue | null;
  speaker: SpeakerPhrase | null;
  rule: Rule;
  /** Top-level quotations inside the content (for partial quotes: the quoted fragments). */
  quotes: number[];
  /** "according to the Kremlin’s readout" when another verb names the speaker. */
  conduit: Phrase | null;
  /** For a continued quotation, the suggestion it continues. */
  continues: Found | null;
}

export const TERMINAL = new Set(['.', '!', '?', '…', '...']);
const DASHES = new Set(['—', '–', '--']);
export const isDash = (text: string): boolean => DASHES.has(text);

/** Words that open a time or place adjunct between a verb and its clause ("on Friday"). */
const ADJUNCT_STARTS = new Set([
  'on',
  'in',
  'at',
  'during',
  'last',
  'this',
  'earlier',
  'later',
  'yesterday',
  'today',
  'tonight',
  'recently',
  'previously',
  'again',
  'also',
  'repeatedly',
  'publicly',
  'privately',
  'of',
  'about',
  'to',
  'after',
  'before',
  'through',
  'via',
  'from',
  'with',
  'into',
  'over',
  'while',
  'when',
  'as',
  'outside',
  'inside',
  'out',
  'back',
  'up',
  'down',
  'again',
  'aloud',
]);

/** Is token k the start of an adjunct ("on Wednesday", "in an interview with …")? */
export function adjunctStart(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  return ADJUNCT_STARTS.has(t.lower) || t.tag === 'ADV';
}

/** The sentence bounds of token i: [first, end). */
export function sentenceBounds(doc: Doc, i: number): { first: number; end: number } {
  const s = doc.sentences[doc.sentenceOf[i]!]!;
  return { first: s.first, end: s.end };
}

/** Character span of tokens [first, end) without edge punctuation, or null when empty. */
export function contentSpan(
  doc: Doc,
  first: number,
  end: number,
  keepMarks = true,
): { start: number; end: number } | null {
  const { tokens } = doc;
  let a = first;
  let b = end - 1;
  const edge = (k: number): boolean => {
    const t = tokens[k]!;
    if (t.word) return false;
    if (keepMarks && (doc.opens[k]! >= 0 || doc.closes[k]! >= 0)) return false;
    return true;
  };
  while (a <= b && edge(a)) a++;
  while (b >= a && edge(b)) b--;
  if (a > b) return null;
  let wordCount = 0;
  for (let k = a; k <= b && wordCount < 2; k++) if (tokens[k]!.word) wordCount++;
  if (wordCount < 2) return null;
  return { start: tokens[a]!.start, end: tokens[b]!.end };
}

/** The top-level quotations whose opening mark lies in tokens [first, end). */
export function quotesIn(doc: Doc, first: number, end: number): number[] {
  const out: number[] = [];
  for (let k = first; k < end; k++) if (doc.opens[k]! >= 0) out.push(doc.opens[k]!);
  return out;
}
