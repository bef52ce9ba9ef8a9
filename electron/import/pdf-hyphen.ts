// Joins two lines of a paragraph, undoing hyphenation at the line end ("negoti-" + "ations")
// while keeping the hyphen of a compound that happened to break there ("cease-" + "fire").

/**
 * Most line-end hyphens in typeset text split a word at a syllable, and most prefixes also start
 * plain words ("pro-" + "blematic", "ex-" + "pected", "long-" + "ing"), so only prefixes that are
 * always followed by a hyphen keep it without other evidence...
 */
const HYPHENATED_PREFIXES = new Set(['self', 'quasi', 'half']);
/** ...and endings of compound adjectives that are not word endings ("state-" + "backed"). */
const COMPOUND_TAILS = new Set([
  'based', 'backed', 'owned', 'funded', 'linked', 'related', 'oriented', 'driven', 'minded',
  'speaking', 'style', 'term', 'year', 'old', 'level', 'scale', 'wide', 'free', 'born',
]); // prettier-ignore

/** Hyphen-minus, the Unicode hyphen, and the soft hyphen, at the very end of a line. */
const LINE_END_HYPHEN = /([\p{L}\p{N}'’-]*[\p{L}\p{N}])([-\u2010\u00ad])$/u;
const FIRST_WORD = /^[\p{L}\p{N}'’]+/u;

/** Words of the document as written inside lines, for deciding line-end hyphens by example. */
export type Lexicon = ReadonlySet<string>;

/** The lower-cased words of the lines, leaving out each line's last word (it may be split). */
export function buildLexicon(lines: readonly string[]): Lexicon {
  const words = new Set<string>();
  for (const line of lines) {
    const tokens = line.split(/\s+/).slice(0, -1);
    for (const token of tokens) {
      const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
      if (word !== '') words.add(word);
    }
  }
  return words;
}

const isLower = (word: string) => /^\p{Ll}+$/u.test(word);

/**
 * Whether the hyphen between `before` (the fragment ending the line, without its hyphen) and
 * `after` (the word starting the next line) belongs to the word. The document's own spelling
 * decides first ("cease-fire" or "ceasefire" elsewhere in it); failing that, the hyphen stays
 * when either part is not a lower-case word ("pro-" + "Russian", "Covid-" + "19"), when the
 * fragment already holds a hyphen ("state-of-the-" + "art"), after a prefix that is always
 * hyphenated ("self-"), and before a compound's tail ("Kremlin-" + "backed"); else it goes.
 */
export function keepsHyphen(before: string, after: string, lexicon: Lexicon): boolean {
  const lowerBefore = before.toLowerCase();
  const lowerAfter = after.toLowerCase();
  if (lexicon.has(`${lowerBefore}-${lowerAfter}`)) return true;
  if (lexicon.has(`${lowerBefore}${lowerAfter}`)) return false;
  if (!isLower(after)) return true;
  if (before.includes('-')) return true;
  const last = before.split(/['’]/).at(-1) ?? before;
  if (!isLower(last)) return true;
  return HYPHENATED_PREFIXES.has(last) || (last.length >= 4 && COMPOUND_TAILS.has(lowerAfter));
}

/** Joins the next line onto the text so far: a space, or nothing after an undone hyphen. */
export function joinLine(text: string, next: string, lexicon: Lexicon): string {
  const end = LINE_END_HYPHEN.exec(text);
  const start = FIRST_WORD.exec(next);
  if (!end || !start) return `${text} ${next}`;
  const [, before, hyphen] = end;
  const body = text.slice(0, -1);
  if (hyphen === '\u00ad') return body + next;
  return keepsHyphen(before!, start[0], lexicon) ? text + next : body + next;
}
