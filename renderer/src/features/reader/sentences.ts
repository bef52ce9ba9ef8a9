// Sentence boundaries in the canonical text, for selecting by keyboard. A heuristic tuned to news
// prose: a sentence ends at . ! ? or … (with any closing quotes or brackets after it) when
// whitespace and then no lowercase letter follows; titles, initials and dotted abbreviations
// ("Mr.", "V.", "U.S.", "p.m.") never end one. A block boundary always ends a sentence.

export interface TextRange {
  start: number;
  end: number;
}

const TERMINAL = /[.!?…]/;
/** Closing punctuation that stays with the sentence it follows: `actions.”` */
const CLOSER = /[”’"')\]»]/;
const SPACE = /\s/;
const LOWER = /\p{Ll}/u;
/** Titles and short forms that take a period and are followed by more of the sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms mx dr prof sen rep gov gen col lt sgt capt cmdr adm maj st mt ft jr sr rev hon ' +
    'pres supt vs inc corp co ltd no nos vol pp fig approx est dept univ jan feb mar apr jun jul ' +
    'aug sep sept oct nov dec'
  ).split(' '),
);

/**
 * Whether the period at `dot` belongs to an abbreviation rather than ending a sentence: the word
 * before it is a known abbreviation, a single letter (an initial) or dotted letters ("U.S", "p.m").
 */
function isAbbreviation(text: string, from: number, dot: number): boolean {
  let i = dot;
  while (i > from && !SPACE.test(text[i - 1]!) && !/[“‘"'([«]/.test(text[i - 1]!)) i--;
  const word = text.slice(i, dot);
  if (word === '') return false;
  if (/^\p{L}$/u.test(word)) return true;
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * The sentences of text[from, to) (one block), in order, each without the whitespace around it.
 * Text without a final terminal still makes a sentence (a heading, a list item). Empty or
 * all-whitespace text has none.
 */
export function sentencesIn(text: string, from = 0, to = text.length): TextRange[] {
  const out: TextRange[] = [];
  let start = from;
  const skipSpace = (i: number) => {
    while (i < to && SPACE.test(text[i]!)) i++;
    return i;
  };
  start = skipSpace(start);
  let i = start;
  while (i < to) {
    if (!TERMINAL.test(text[i]!)) {
      i++;
      continue;
    }
    const at = i;
    // "?!", "..." and closing quotes all stay with the sentence.
    while (i < to && (TERMINAL.test(text[i]!) || CLOSER.test(text[i]!))) i++;
    const end = i;
    const next = skipSpace(end);
    const ends =
      next === to ||
      (next > end &&
        !LOWER.test(text[next]!) &&
        !(text[at] === '.' && end === at + 1 && isAbbreviation(text, start, at)));
    if (ends) {
      out.push({ start, end });
      start = next;
      i = next;
    }
  }
  if (start < to) {
    let end = to;
    while (end > start && SPACE.test(text[end - 1]!)) end--;
    out.push({ start, end });
  }
  return out;
}

/** Every sentence of a document, block by block, in text order. */
export function documentSentences(
  text: string,
  blocks: readonly { start: number; end: number }[],
): TextRange[] {
  return blocks.flatMap((block) => sentencesIn(text, block.start, block.end));
}
