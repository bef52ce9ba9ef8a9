// Noun phrases around a word: the longest phrase ending at a token (walking left from a verb)
// or starting at one (walking right), with "of/from/with …" complements ("a historian from
// Minneapolis"), names joined by "and" or particles, and appositives. Every walk is bounded.
import type { Doc } from './document';
import { outsideQuotes } from './document';
import { COURTESY, SUBJECT_PRONOUNS } from './lexicon';
import type { Token } from './tokens';

export interface Phrase {
  first: number;
  last: number;
}

export interface SpeakerPhrase extends Phrase {
  /** The phrase without a trailing "of …"/"from …" complement, for resolution. */
  head: Phrase;
  /** An appositive or relative clause beside it ("the Kremlin’s spokesman"), or null. */
  appositive: Phrase | null;
  pronoun: boolean;
}

const MAX_NP = 9;
const PP_HEADS = new Set(['of', 'from', 'at', 'with', 'for', 'in', 'on', 'to']);
const NAME_LINKS = new Set([
  'and',
  '&',
  'of',
  'de',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'al',
  'la',
  'le',
  'du',
  'da',
  'dos',
  'del',
  'di',
  'ibn',
]);

const isWord = (t: Token): boolean => t.word;
export const isName = (t: Token): boolean => t.word && t.cap && t.tag === 'PROPN';
const isTitle = (t: Token): boolean => t.cap && COURTESY[t.lower.replace(/\.$/, '')] !== undefined;

/** May this token sit inside a noun phrase (not at its edges necessarily)? */
function nominal(t: Token): boolean {
  if (!isWord(t)) return false;
  switch (t.tag) {
    case 'PROPN':
    case 'NOUN':
    case 'ADJ':
    case 'NUM':
      return !SUBJECT_PRONOUNS.has(t.lower);
    case 'PART':
      return t.lower === "'s";
    default:
      return isTitle(t);
  }
}

/** The longest noun phrase ending at token `last`, not reaching left of `from`. */

export function npEndingAt(doc: Doc, last: number, from: number): Phrase | null {
  const { tokens } = doc;
  if (last < 0 || last < from || last >= tokens.length) return null;
  const t = tokens[last]!;
  if (!t.word || !outsideQuotes(doc, last)) return null;
  if (t.tag === 'PRON') return SUBJECT_PRONOUNS.has(t.lower) ? { first: last, last } : null;
  if (!nominal(t) || t.lower === "'s") return null;
  let first = last;
  const paragraph = doc.paragraphOf[last];
  for (let k = last - 1; k >= from && last - k < MAX_NP; k--) {
    const u = tokens[k]!;
    if (!outsideQuotes(doc, k) || doc.paragraphOf[k] !== paragraph) break;
    if (u.tag === 'DET') {
      first = k;
      break;
    }
    if (nominal(u)) {
      first = k;
      continue;
    }
    // "Maria Varenikova and Minho Kim", "Bank of England", "Charles de Gaulle".
    if (NAME_LINKS.has(u.lower) && k > from && isName(tokens[k - 1]!) && isName(tokens[k + 1]!)) {
      first = k;
      continue;
    }
    break;
  }
  if (tokens[first]!.lower === "'s") return null;
  return { first, last };
}

/** The longest noun phrase starting at token `first`, not reaching past `to` (exclusive). */
export function npStartingAt(doc: Doc, first: number, to: number): Phrase | null {
  const { tokens } = doc;
  if (first < 0 || first >= to || first >= tokens.length) return null;
  const t = tokens[first]!;
  if (!t.word || !outsideQuotes(doc, first)) return null;
  if (t.tag === 'PRON') return SUBJECT_PRONOUNS.has(t.lower) ? { first, last: first } : null;
  if (t.tag !== 'DET' && !nominal(t)) return null;
  let last = first;
  const paragraph = doc.paragraphOf[first];
  for (let k = first + 1; k < to && k - first < MAX_NP; k++) {
    const u = tokens[k]!;
    if (!outsideQuotes(doc, k) || doc.paragraphOf[k] !== paragraph) break;
    // "The doctor swabs her arm": an -s word before an object is the verb, not the noun.
    const after = tokens[k + 1];
    if (
      !u.cap &&
      u.tag === 'NOUN' &&
      /[^s]s$/.test(u.lower) &&
      after &&
      (after.tag === 'DET' || after.tag === 'PRON')
    ) {
      break;
    }
    if (nominal(u)) {
      last = k;
      continue;
    }
    if (NAME_LINKS.has(u.lower) && k + 1 < to && isName(tokens[k - 1]!) && isName(tokens[k + 1]!)) {
      last = k;
      continue;
    }
    // "officials and analysts", "my best and only friend".
    if (
      u.lower === 'and' &&
      k + 1 < to &&
      nominal(tokens[k - 1]!) &&
      nominal(tokens[k + 1]!) &&
      !tokens[k + 1]!.cap === !tokens[k - 1]!.cap
    ) {
      last = k;
      continue;
    }
    break;
  }
  // "One of the braver", "Some of the officials": a determiner heading an "of" phrase.
  if (last === first && t.tag === 'DET' && tokens[first + 1]?.lower === 'of')
    return { first, last };
  if (
    tokens[last]!.tag === 'DET' ||
    tokens[last]!.lower === "'s" ||
    tokens[last]!.lower === 'and'
  ) {
    return null;
  }
  return { first, last };
}

/** Extends a phrase to the left over "of/from/with …" links: "a historian [from Minneapolis]". */
export function withComplementLeft(doc: Doc, np: Phrase, from: number): SpeakerPhrase {
  let head = np;
  let first = np.first;
  for (let hops = 0; hops < 2; hops++) {
    const prep = first - 1;
    if (prep - 1 < from || !PP_HEADS.has(doc.tokens[prep]!.lower)) break;
    const owner = npEndingAt(doc, prep - 1, from);
    if (!owner || doc.tokens[owner.last]!.tag === 'PRON') break;
    head = owner;
    first = owner.first;
  }
  return { first, last: np.last, head, appositive: null, pronoun: false };
}

/** Extends a phrase to the right over "of/from/with …" links: "the voice [from my nose]". */
export function withComplementRight(doc: Doc, np: Phrase, to: number): SpeakerPhrase {
  let last = np.last;
  for (let hops = 0; hops < 2; hops++) {
    const prep = last + 1;
    if (prep + 1 >= to || !PP_HEADS.has(doc.tokens[prep]!.lower)) break;
    const tail = npStartingAt(doc, prep + 1, to);
    if (!tail) break;
    last = tail.last;
  }
  return { first: np.first, last, head: np, appositive: null, pronoun: false };
}

/** Comma-separated segments of tokens [from, to), commas inside quotations ignored. */

export function appositiveAfter(doc: Doc, from: number, to: number): Phrase | null {
  let k = from;
  while (k < to && k - from < 30) {
    const t = doc.tokens[k]!;
    if (
      !outsideQuotes(doc, k) ||
      (!t.word && t.text !== "'s" && t.text !== '-' && t.text !== '’')
    ) {
      break;
    }
    k++;
  }
  return k > from ? { first: from, last: k - 1 } : null;
}
