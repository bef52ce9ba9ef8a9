// Splits an article into word and punctuation tokens with their offsets, and tags each with a
// part of speech from the lexicon. The rules only need coarse tags (is this a name, a verb, a
// preposition?); a model's tags can replace these through the Tagger interface.
import {
  ABBREVIATIONS,
  AUXILIARIES,
  CONJUNCTIONS,
  CUE_ADVERBS,
  DETERMINERS,
  FUNCTION_CAPS,
  OBJECT_PRONOUNS,
  POSSESSIVES,
  PREPOSITIONS,
  SUBJECT_PRONOUNS,
  IRREGULAR_PAST,
  NOUN_LIKE_FORMS,
  SUBORDINATORS,
  WH_WORDS,
  reportingLemma,
} from './lexicon';

export type Tag =
  | 'PROPN'
  | 'NOUN'
  | 'VERB'
  | 'AUX'
  | 'ADJ'
  | 'ADV'
  | 'ADP'
  | 'DET'
  | 'PRON'
  | 'CCONJ'
  | 'SCONJ'
  | 'PART'
  | 'NUM'
  | 'PUNCT';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower case, with a curly apostrophe made straight. */
  lower: string;
  tag: Tag;
  /** Starts with a capital letter. */
  cap: boolean;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
}

/**
 * Replaces the lexicon's tags with a model's: called once per text with the tokens in order;
 * returns one tag per token, or null to keep the lexicon's tag.
 */
export type Tagger = (text: string, tokens: readonly Token[]) => ReadonlyArray<Tag | null>;

// Dotted acronyms and initials (U.S., F.S.B., p.m.), words with inner apostrophes or hyphens,
// numbers with separators, an ellipsis, a doubled dash or backtick pair, any other character.
const TOKEN =
  /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’‐][\p{L}\p{M}\p{N}]+)*|\.{3,}|--|``|''|[^\s]/gu;
const LETTER = /\p{L}/u;
const WORDLIKE = /[\p{L}\p{N}]/u;
const UPPER = /^\p{Lu}/u;
/** "I’d", "we’re", "they’ve": a pronoun with its auxiliary. */
export const CONTRACTED_PRONOUN = /^(?:i|we|you|he|she|they|it|let)'(?:d|ll|ve|re|m|s)$/;
/** Contractions where ’s means "is" or "has", not a possessive. */
const S_CONTRACTIONS = new Set(['it', 'he', 'she', 'that', 'there', 'here', 'what', 'who', 'let']);

function lowerOf(text: string): string {
  return text.toLowerCase().replace(/’/g, "'");
}

function lexiconTag(text: string, lower: string, word: boolean): Tag {
  if (!word) return 'PUNCT';
  if (/^\p{N}/u.test(text)) return 'NUM';
  if (lower === "'s") return 'PART';
  const bare = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  const cap = UPPER.test(text);
  if (CONTRACTED_PRONOUN.test(lower)) return 'PRON';
  if (cap && !FUNCTION_CAPS.has(bare)) return 'PROPN';
  if (DETERMINERS.has(lower) || POSSESSIVES.has(lower)) return lower === 'that' ? 'SCONJ' : 'DET';
  if (SUBJECT_PRONOUNS.has(lower) || OBJECT_PRONOUNS.has(lower) || WH_WORDS.has(lower))
    return 'PRON';
  if (CONTRACTED_PRONOUN.test(lower)) return 'PRON';
  if (PREPOSITIONS.has(lower)) return 'ADP';
  if (CONJUNCTIONS.has(lower)) return 'CCONJ';
  if (SUBORDINATORS.has(lower)) return 'SCONJ';
  if (AUXILIARIES.has(lower) || lower.endsWith("n't")) return 'AUX';
  if (IRREGULAR_PAST.has(lower)) return 'VERB';
  if (CUE_ADVERBS.has(lower) || (lower.endsWith('ly') && lower.length > 4)) return 'ADV';
  if (reportingLemma(lower) !== null) return 'VERB';
  if (cap) return 'PROPN';
  return 'NOUN';
}

interface Lexical {
  lower: string;
  tag: Tag;
  cap: boolean;
  word: boolean;
}
/** What the lexicon says about a token's text, cached: most words of an article repeat. */
const LEXICAL = new Map<string, Lexical>();
const LEXICAL_LIMIT = 50_000;

function lexical(text: string): Lexical {
  let entry = LEXICAL.get(text);
  if (entry === undefined) {
    const lower = lowerOf(text);
    const word = WORDLIKE.test(text);
    entry = { lower, tag: lexiconTag(text, lower, word), cap: UPPER.test(text), word };
    if (LEXICAL.size >= LEXICAL_LIMIT) LEXICAL.clear();
    LEXICAL.set(text, entry);
  }
  return entry;
}

function push(tokens: Token[], text: string, start: number): void {
  const { lower, tag, cap, word } = lexical(text);
  tokens.push({ start, end: start + text.length, text, lower, tag, cap, word });
}

/** Tokens of the whole text in order, each with its lexicon tag. Linear in the text's length. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    let value = m[0];
    const start = m.index;
    // "Mr." and "S." keep their period: it abbreviates, it does not end the sentence.
    if (text[start + value.length] === '.' && LETTER.test(value)) {
      const bare = value.toLowerCase();
      if (ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(value)) {
        value += '.';
        TOKEN.lastIndex = start + value.length;
      }
    }
    // "Kremlin’s" is the Kremlin and a possessive; "it’s" stays one word.
    const possessive = /^(.+)(['’]s)$/u.exec(value);
    if (possessive && !S_CONTRACTIONS.has(lowerOf(possessive[1]!))) {
      push(tokens, possessive[1]!, start);
      push(tokens, possessive[2]!, start + possessive[1]!.length);
      continue;
    }
    push(tokens, value, start);
  }
  // "Gordon disliked", "Santorum criticized": a lower-case -ed word is a verb, unless a
  // determiner or adjective before it makes it an adjective ("the elected officials").
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "the explanatory notes", "equal claims": a verb form that is more often a noun.
    if (t.tag === 'VERB' && NOUN_LIKE_FORMS.has(t.lower)) {
      const prev = tokens[i - 1];
      if (
        prev &&
        (prev.tag === 'DET' ||
          prev.tag === 'ADJ' ||
          prev.lower === "'s" ||
          (prev.tag === 'NOUN' && !prev.cap))
      ) {
        t.tag = 'NOUN';
      }
      continue;
    }
    if (t.tag !== 'NOUN' || !/[a-z]{3}ed$/.test(t.lower)) continue;
    const prev = tokens[i - 1];
    t.tag =
      prev && (prev.tag === 'DET' || prev.tag === 'ADJ' || prev.tag === 'ADV') ? 'ADJ' : 'VERB';
  }
  return tokens;
}

/** Applies a model's tags where it gave one. */
export function applyTagger(text: string, tokens: Token[], tagger: Tagger | undefined): void {
  if (!tagger) return;
  const tags = tagger(text, tokens);
  for (let i = 0; i < tokens.length; i++) {
    const tag = tags[i];
    // Punctuation stays punctuation whatever the model says, so quotation marks keep their role.
    if (tag && tokens[i]!.word) tokens[i]!.tag = tag;
  }
}

/** The token index of the first token ending after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
