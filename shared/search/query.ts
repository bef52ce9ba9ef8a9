// The search query language: words (prefix- and typo-tolerant), "exact phrases", -exclusions and
// field filters (speaker:, source:, tag:, status:, kind:, outlet:, article:, before:, after:,
// grade:). Parsing never throws: a malformed query gives a message the Search view shows.
import { CLAIM_STATUSES } from '../domain/claims';
import { normalizeText, tokenize } from './normalize';

export const RESULT_KINDS = ['passage', 'quote', 'claim', 'source', 'note'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

export const FILTER_FIELDS = [
  'speaker',
  'source',
  'tag',
  'status',
  'kind',
  'outlet',
  'article',
  'before',
  'after',
  'grade',
] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

/** One word to find: exact, or any word it starts, or any word within `fuzzy` edits of it. */
export interface Term {
  readonly word: string;
  readonly prefix: boolean;
  readonly fuzzy: number;
}

export interface Filter {
  readonly field: FilterField;
  /** In search form (folded); for before:/after: an ISO date, for grade: a letter A-F. */
  readonly value: string;
  readonly negated: boolean;
}

export interface ParsedQuery {
  readonly terms: readonly Term[];
  /** Each phrase as its words, matched as consecutive words. */
  readonly phrases: readonly (readonly string[])[];
  /** Words and phrases none of whose occurrences may be in a result (exact words). */
  readonly excluded: readonly (readonly string[])[];
  readonly filters: readonly Filter[];
}

export type ParseResult = { ok: true; query: ParsedQuery } | { ok: false; message: string };

/** Word lengths at which typos are forgiven: one edit from 5 letters, two from 8. */
export function fuzzyFor(word: string): number {
  return word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0;
}
/**
 * Prefix matching starts at three letters: one or two would match a large share of the
 * vocabulary, costing time per keystroke for results no one reads.
 */
export function prefixFor(word: string): boolean {
  return word.length >= 3;
}

const RESULT_KIND_ALIASES: Record<string, ResultKind> = {
  passage: 'passage',
  passages: 'passage',
  text: 'passage',
  quote: 'quote',
  quotes: 'quote',
  claim: 'claim',
  claims: 'claim',
  source: 'source',
  sources: 'source',
  note: 'note',
  notes: 'note',
  memo: 'note',
  memos: 'note',
  tag: 'note',
  tags: 'note',
  highlight: 'note',
  highlights: 'note',
};
/** kind: also names quote kinds and source kinds. */
const OTHER_KINDS = new Set([
  'direct',
  'partial',
  'indirect',
  'paraphrase',
  'person',
  'organisation',
  'government',
  'outlet',
  'group',
  'anonymous',
]);

/** The result kind a kind: value names, if it names one. */
export function resultKindOf(value: string): ResultKind | undefined {
  return Object.hasOwn(RESULT_KIND_ALIASES, value) ? RESULT_KIND_ALIASES[value] : undefined;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A raw piece of the query: its text, whether it was in quotes and whether a "-" led it. */
interface Piece {
  field: string | null;
  text: string;
  quoted: boolean;
  negated: boolean;
}

/** Cuts the query into pieces; a message when a quote is left open. */
function split(input: string): Piece[] | string {
  const pieces: Piece[] = [];
  const s = input.replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g, '"');
  let i = 0;
  while (i < s.length) {
    if (/\s/.test(s[i]!)) {
      i++;
      continue;
    }
    let negated = false;
    if ((s[i] === '-' || s[i] === '\u2212') && i + 1 < s.length && !/\s/.test(s[i + 1]!)) {
      negated = true;
      i++;
    }
    let field: string | null = null;
    const fieldMatch = /^([A-Za-z]+):/.exec(s.slice(i));
    if (fieldMatch) {
      field = fieldMatch[1]!.toLowerCase();
      i += fieldMatch[0].length;
    }
    if (s[i] === '"') {
      const close = s.indexOf('"', i + 1);
      if (close === -1)
        return 'A quotation mark is not closed: add the closing " to search for a phrase.';
      pieces.push({ field, text: s.slice(i + 1, close), quoted: true, negated });
      i = close + 1;
    } else {
      let j = i;
      while (j < s.length && !/\s/.test(s[j]!)) j++;
      pieces.push({ field, text: s.slice(i, j), quoted: false, negated });
      i = j;
    }
  }
  return pieces;
}

function filterValue(piece: Piece & { field: FilterField }): string | { error: string } {
  const raw = piece.text.trim();
  if (raw === '')
    return { error: `“${piece.field}:” needs a value, e.g. ${example(piece.field)}.` };
  const value = normalizeText(raw).trim();
  switch (piece.field) {
    case 'before':
    case 'after':
      if (!DATE.test(raw)) {
        return {
          error: `“${piece.field}:” takes a date as YYYY-MM-DD (or YYYY-MM, YYYY), not “${raw}”.`,
        };
      }
      return raw;
    case 'status':
      if (!(CLAIM_STATUSES as readonly string[]).includes(value)) {
        return {
          error: `“status:${raw}” is not a claim status; use one of ${CLAIM_STATUSES.join(', ')}.`,
        };
      }
      return value;
    case 'grade':
      if (!/^[a-f]$/.test(value)) {
        return { error: `“grade:” takes a reliability grade A to F, not “${raw}”.` };
      }
      return value.toUpperCase();
    case 'kind':
      if (resultKindOf(value) === undefined && !OTHER_KINDS.has(value)) {
        return {
          error: `“kind:${raw}” is not a kind; use passage, quote, claim, source or note, a quote kind (direct, partial, indirect, paraphrase) or a source kind (person, organisation…).`,
        };
      }
      return value;
    case 'speaker':
    case 'source':
    case 'tag':
    case 'outlet':
    case 'article':
      return value;
    default: {
      const unreachable: never = piece.field;
      return unreachable;
    }
  }
}

function example(field: FilterField): string {
  const examples: Record<FilterField, string> = {
    speaker: 'speaker:witkoff',
    source: 'source:kremlin',
    tag: 'tag:ceasefire',
    status: 'status:disputed',
    kind: 'kind:quote',
    outlet: 'outlet:reuters',
    article: 'article:riyadh',
    before: 'before:2025-03-01',
    after: 'after:2025-01-31',
    grade: 'grade:B',
  };
  return examples[field];
}

/** Parses a query; an empty query parses to nothing to find (the caller shows no results). */
export function parseQuery(input: string): ParseResult {
  if (input.length > 2_000)
    return { ok: false, message: 'The query is too long (at most 2,000 characters).' };
  const pieces = split(input);
  if (typeof pieces === 'string') return { ok: false, message: pieces };
  const terms: Term[] = [];
  const phrases: string[][] = [];
  const excluded: string[][] = [];
  const filters: Filter[] = [];
  for (const piece of pieces) {
    if (piece.field !== null) {
      const field = piece.field;
      if (!(FILTER_FIELDS as readonly string[]).includes(field)) {
        return {
          ok: false,
          message: `“${field}:” is not a filter; use ${FILTER_FIELDS.map((f) => `${f}:`).join(', ')}.`,
        };
      }
      const value = filterValue({ ...piece, field: field as FilterField });
      if (typeof value !== 'string') return { ok: false, message: value.error };
      filters.push({ field: field as FilterField, value, negated: piece.negated });
      continue;
    }
    const words = tokenize(piece.text);
    if (words.length === 0) continue;
    if (piece.negated) excluded.push(words);
    else if (piece.quoted || words.length > 1) {
      // "Witkoff's" is two words of the text ("witkoff", "s"): it is found as a phrase too.
      if (words.length === 1) terms.push({ word: words[0]!, prefix: false, fuzzy: 0 });
      else phrases.push(words);
    } else {
      const word = words[0]!;
      terms.push({ word, prefix: prefixFor(word), fuzzy: fuzzyFor(word) });
    }
  }
  return { ok: true, query: { terms, phrases, excluded, filters } };
}

/** True when the query asks for nothing (no words, phrases or filters). */
export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.terms.length === 0 && query.phrases.length === 0 && query.filters.length === 0;
}
