// The analysed article every rule reads: tokens with tags, paragraphs, top-level quotations and
// sentences. A sentence never ends inside a quotation ("“I do not believe in a cease-fire. We’ve
// been through this before,” X said" is one sentence), and "“Why?” Betty asked." is one too.
import { findParagraphs } from './paragraphs';
import type { Paragraph } from './paragraphs';
import { scanQuoteMarks } from './quote-marks';
import type { QuoteMarks } from './quote-marks';
import { applyTagger, tokenAt, tokenize } from './tokens';
import type { Tagger, Token } from './tokens';
import { reportingLemma } from './lexicon';

export interface Sentence {
  /** First token. */
  first: number;
  /** After the last token. */
  end: number;
  paragraph: number;
}

export interface Quote extends QuoteMarks {
  /** Token of the opening mark. */
  openToken: number;
  /** Token of the closing mark, or the first token after an unclosed quotation. */
  closeToken: number;
}

export interface Doc {
  text: string;
  tokens: Token[];
  paragraphs: Paragraph[];
  quotes: Quote[];
  sentences: Sentence[];
  /** Per token: its sentence. */
  sentenceOf: Int32Array;
  /** Per token: its paragraph. */
  paragraphOf: Int32Array;
  /** Per token: the top-level quotation it lies inside (marks excluded), or -1. */
  quoteOf: Int32Array;
  /** Per token: the quotation whose opening mark it is, or -1. */
  opens: Int32Array;
  /** Per token: the quotation whose closing mark it is, or -1. */
  closes: Int32Array;
}

const TERMINAL = new Set(['.', '!', '?', '…', '...']);
const CLOSING_BRACKETS = new Set([')', ']', '}']);

export function analyse(text: string, tagger?: Tagger): Doc {
  const tokens = tokenize(text);
  applyTagger(text, tokens, tagger);
  const paragraphs = findParagraphs(text);
  const n = tokens.length;
  const paragraphOf = new Int32Array(n);
  for (let i = 0, p = 0; i < n; i++) {
    while (p < paragraphs.length - 1 && tokens[i]!.start >= paragraphs[p]!.end) p++;
    paragraphOf[i] = p;
  }
  const quoteOf = new Int32Array(n).fill(-1);
  const opens = new Int32Array(n).fill(-1);
  const closes = new Int32Array(n).fill(-1);
  const quotes: Quote[] = [];
  for (const marks of scanQuoteMarks(text, paragraphs)) {
    const openToken = tokenAt(tokens, marks.open);
    const closeToken = tokenAt(tokens, marks.close);
    if (openToken >= n || tokens[openToken]!.start !== marks.open) continue;
    const q = quotes.length;
    quotes.push({ ...marks, openToken, closeToken });
    opens[openToken] = q;
    if (marks.closed && closeToken < n) closes[closeToken] = q;
    for (let i = openToken + 1; i < closeToken; i++) quoteOf[i] = q;
  }
  const doc: Doc = {
    text,
    tokens,
    paragraphs,
    quotes,
    sentences: [],
    sentenceOf: new Int32Array(n),
    paragraphOf,
    quoteOf,
    opens,
    closes,
  };
  splitSentences(doc);
  return doc;
}

/** Does token i end a sentence, given what follows it? Returns the first token after it, or -1. */
function sentenceEndAfter(doc: Doc, i: number, paragraphEnd: number): number {
  const { tokens } = doc;
  const t = tokens[i]!;
  const abbreviation = t.word && t.text.endsWith('.');
  if (!TERMINAL.has(t.text) && !abbreviation) return -1;
  let j = i + 1;
  while (j < paragraphEnd && (doc.closes[j]! >= 0 || CLOSING_BRACKETS.has(tokens[j]!.text))) j++;
  if (j >= paragraphEnd) return paragraphEnd;
  const next = tokens[j]!;
  // Inside a quotation the sentence goes on: the quotation is one unit of its sentence.
  if (doc.quoteOf[i]! >= 0 && doc.quoteOf[j]! === doc.quoteOf[i]) return -1;
  const startsSentence =
    next.cap || next.tag === 'NUM' || doc.opens[j]! >= 0 || next.text === '(' || next.text === '—';
  if (!startsSentence) return -1;
  if (abbreviation) {
    // "Mr." and "Dmitri S." never end a sentence; "U.S." does before "He", "The", "But".
    if (/^(?:\p{L}\.){2,}$/u.test(t.text) && (next.tag === 'PRON' || next.tag === 'DET')) return j;
    return -1;
  }
  // "“Why?” Betty asked." and "“No!” said the voice.": the attribution belongs to the quotation.
  if (j > i + 1 && doc.closes[j - 1]! >= 0 && t.text !== '.' && attributionFollows(doc, j)) {
    return -1;
  }
  return j;
}

/** A short speaker phrase then a reporting verb ("Betty asked", "the doctor says"). */
function attributionFollows(doc: Doc, j: number): boolean {
  const { tokens } = doc;
  for (let k = j; k < Math.min(tokens.length, j + 5); k++) {
    const t = tokens[k]!;
    if (k > j && !t.cap && reportingLemma(t.lower) !== null) return true;
    if (!t.word || t.tag === 'VERB' || t.tag === 'AUX' || t.tag === 'ADP') return false;
  }
  return false;
}

function splitSentences(doc: Doc): void {
  const { tokens, paragraphOf } = doc;
  let i = 0;
  while (i < tokens.length) {
    const paragraph = paragraphOf[i]!;
    let paragraphEnd = i;
    while (paragraphEnd < tokens.length && paragraphOf[paragraphEnd] === paragraph) paragraphEnd++;
    let first = i;
    for (let k = i; k < paragraphEnd; k++) {
      const next = sentenceEndAfter(doc, k, paragraphEnd);
      if (next < 0) continue;
      addSentence(doc, first, next, paragraph);
      first = next;
      k = next - 1;
    }
    if (first < paragraphEnd) addSentence(doc, first, paragraphEnd, paragraph);
    i = paragraphEnd;
  }
}

function addSentence(doc: Doc, first: number, end: number, paragraph: number): void {
  const index = doc.sentences.length;
  doc.sentences.push({ first, end, paragraph });
  for (let k = first; k < end; k++) doc.sentenceOf[k] = index;
}

/** The text of tokens [first, last] inclusive. */
export function tokensText(doc: Doc, first: number, last: number): string {
  return doc.text.slice(doc.tokens[first]!.start, doc.tokens[last]!.end);
}

/** Is token i outside every quotation and not a quotation mark? */
export function outsideQuotes(doc: Doc, i: number): boolean {
  return doc.quoteOf[i]! < 0 && doc.opens[i]! < 0 && doc.closes[i]! < 0;
}
