// Plain-text import: decodes the bytes in whatever common encoding they are, splits paragraphs as
// canonicalizeText does, and lifts a headline, byline and date off the top only when unmistakable.
import { canonicalizeText, looksLikeHeading } from '../../shared/text/canonical';
import { decodeText } from './decode';
import type { ImportedArticle, ImportedBlock, ParseOptions } from './types';
import { ImportError, LIMITS, emptyMetadata } from './types';

export async function parseText(
  bytes: Uint8Array,
  options: ParseOptions,
): Promise<ImportedArticle> {
  const decoded = decodeText(bytes, { fileName: options.fileName });
  assertTextSize(decoded.text, options.fileName);
  const canonical = canonicalizeText(decoded.text);
  const paragraphs = canonical === '' ? [] : canonical.split('\n\n');
  const top = readTop(paragraphs, firstParagraphLines(decoded.text, paragraphs[0]));
  const metadata = emptyMetadata();
  metadata.authors = top.authors;
  metadata.published = top.published;
  const blocks: ImportedBlock[] = [];
  if (top.headline !== null) blocks.push({ kind: 'heading', text: top.headline });
  const body = top.units.slice(top.consumed);
  body.forEach((text, i) => {
    // Without a recognised headline the first block stays a paragraph: a heading there would be
    // taken for the title and removed from the text.
    const heading =
      (i > 0 || top.headline !== null) && looksLikeHeading(text, i === body.length - 1);
    blocks.push({ kind: heading ? 'heading' : 'paragraph', text });
  });
  return { format: 'text', metadata, blocks, warnings: decoded.warnings };
}

/** Throws ImportError('too_large') for decoded text over the article limit. */
export function assertTextSize(text: string, fileName: string): void {
  if (text.length > LIMITS.textChars) {
    throw new ImportError(
      'too_large',
      `${fileName} holds ${text.length.toLocaleString('en')} characters of text; articles are limited to ${LIMITS.textChars.toLocaleString('en')}.`,
    );
  }
}

/**
 * The lines of the first paragraph when the file separates paragraphs by blank lines, where a
 * headline, byline and date are often stacked in one block ("Headline\nBy Jane Doe\nMarch 23,
 * 2025"). Null when the first paragraph is a single line or the lines do not rebuild it exactly.
 */
function firstParagraphLines(raw: string, first: string | undefined): string[] | null {
  if (first === undefined) return null;
  // Only the head is read: a stacked block is short, and a cut one cannot rebuild `first`.
  const head = raw.trimStart().slice(0, 2 * first.length + 200);
  const chunk = head.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)[0] ?? '';
  const lines = canonicalizeText(chunk).split('\n\n');
  return lines.length > 1 && lines.join(' ') === first ? lines : null;
}

interface Top {
  units: string[];
  headline: string | null;
  authors: string[];
  published: string | null;
  /** How many units the headline and metadata lines took. */
  consumed: number;
}

/** The headline and metadata at the top; nothing is taken unless body text remains after it. */
function readTop(paragraphs: string[], firstLines: string[] | null): Top {
  if (firstLines) {
    // Split the first paragraph only when every one of its lines is headline or metadata.
    const units = [...firstLines, ...paragraphs.slice(1)];
    const top = scanTop(units);
    if (top.consumed >= firstLines.length) return top;
  }
  return scanTop(paragraphs);
}

function scanTop(units: string[]): Top {
  const none: Top = { units, headline: null, authors: [], published: null, consumed: 0 };
  const first = units[0];
  if (first === undefined) return none;
  let i = 0;
  let headline: string | null = null;
  if (metadataLine(first) === null && isHeadline(first)) {
    headline = first;
    i = 1;
  }
  let authors: string[] = [];
  let published: string | null = null;
  for (const end = i + 3; i < end && i < units.length; i++) {
    const meta = metadataLine(units[i]!);
    // A second byline or date is not about this article: the top ends there.
    const repeated =
      meta !== null &&
      ((meta.authors.length > 0 && authors.length > 0) || (meta.published && published));
    if (meta === null || repeated) break;
    if (meta.authors.length > 0) authors = meta.authors;
    published = meta.published ?? published;
  }
  const next = units[i];
  if (next === undefined) return none;
  if (headline !== null && !readsAsBody(next, headline)) return none;
  return { units, headline, authors, published, consumed: i };
}

/** A headline introduces body text, not another short line ("Apples" before "Oranges"). */
function readsAsBody(text: string, headline: string): boolean {
  if (looksLikeHeading(text, false)) return false;
  return text.length > headline.length || /[.!?…]["'”’)]?$/.test(text);
}

/**
 * A first line reads as a headline when it is short and does not end a sentence. Headlines run
 * longer than section headings (looksLikeHeading), may end with ? or !, and may end with a quote.
 */
function isHeadline(line: string): boolean {
  if (looksLikeHeading(line, false)) return true;
  if (line.length > 150 || line.split(' ').length > 25) return false;
  if (!/^[\p{Lu}\p{N}"'“‘«¿¡]/u.test(line)) return false;
  if (/[.,;:…—–-]$/.test(line)) return false;
  return !/[.,;:!?]["'”’»]$/.test(line);
}

interface MetadataLine {
  authors: string[];
  published: string | null;
}

/** "By Jane Doe", "March 23, 2025", "By Jane Doe | March 23, 2025"; null for anything else. */
function metadataLine(line: string): MetadataLine | null {
  if (line.length > 160) return null;
  const result: MetadataLine = { authors: [], published: null };
  for (const part of line.split(/\s+[|•·—–]\s+/)) {
    const found = metadataPart(part);
    if (found === null) return null;
    if (found.authors.length > 0) {
      if (result.authors.length > 0) return null;
      result.authors = found.authors;
    }
    if (found.published !== null) {
      if (result.published !== null) return null;
      result.published = found.published;
    }
  }
  return result;
}

/** A date, a byline, or a byline and a date after a comma ("By Jane Doe, March 23, 2025"). */
function metadataPart(part: string): MetadataLine | null {
  const published = parsePublishedDate(part);
  if (published !== null) return { authors: [], published };
  const authors = parseByline(part);
  if (authors !== null) return { authors, published: null };
  for (let comma = part.indexOf(','); comma > 0; comma = part.indexOf(',', comma + 1)) {
    const names = parseByline(part.slice(0, comma));
    const date = parsePublishedDate(part.slice(comma + 1));
    if (names !== null && date !== null) return { authors: names, published: date };
  }
  return null;
}

function parseByline(text: string): string[] | null {
  const match = /^by\s+(.+)$/i.exec(text.trim());
  if (!match) return null;
  const names = splitAuthors(match[1]!);
  return names.length > 0 && names.every(isPersonName) ? names : null;
}

/**
 * Splits an author string into names: "Jane Doe and John Smith", "A. B, C. D & E. F". Comma-
 * separated single words ("Doe, Jane") stay one name. All-capitals names are title-cased.
 */
export function splitAuthors(text: string): string[] {
  const cleaned = text.replace(/^\s*by\s+/i, '').trim();
  let parts = cleaned.split(/\s*(?:;|&|,?\s+and\s+)\s*/i);
  const withCommas = parts.flatMap((p) => p.split(/\s*,\s*/));
  if (withCommas.every((p) => p.includes(' '))) parts = withCommas;
  return parts.map((p) => titleCaseIfShouted(p.trim())).filter((p) => p !== '');
}

function titleCaseIfShouted(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}.*\p{Lu}/u.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

const PARTICLES = new Set(
  'de da del della di van von der den du la le bin ibn al el y dos das'.split(' '),
);

/** Two to five words, each capitalised, an initial, or a particle inside ("Ursula von der Leyen"). */
function isPersonName(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || words.length > 5) return false;
  return words.every((word, i) => {
    if (/^\p{Lu}[\p{L}\p{M}'’-]*\.?$/u.test(word)) return true; // "Jane", "V.", "Jr."
    const inside = i > 0 && i < words.length - 1;
    return (inside && PARTICLES.has(word)) || /^(al|el)-\p{Lu}/u.test(word);
  });
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
// A time only with a colon or a.m./p.m., so "March 23, 2025 at 5 ways" is not a date.
const TIME =
  '(?:,?\\s+(?:at\\s+)?\\d{1,2}(?::\\d{2}\\s*(?:[ap]\\.?m\\.?)?|\\s*[ap]\\.?m\\.?)(?:\\s+[A-Z]{2,4})?)?';
const PREFIX = '(?:(?:published|posted|date)(?:\\s+on)?:?\\s+)?';
const MONTH_FIRST = new RegExp(
  `^${PREFIX}${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}$`,
  'i',
);
const DAY_FIRST = new RegExp(
  `^${PREFIX}${WEEKDAY}(\\d{1,2})\\.?\\s+${MONTH}\\s+(\\d{4})${TIME}$`,
  'i',
);
const ISO =
  /^(?:(?:published|posted|date)(?:\s+on)?:?\s+)?(\d{4})[-/](\d{2})[-/](\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,4})?)?$/i;

/**
 * A line (or front-matter value) that is only a date, as YYYY-MM-DD: "March 23, 2025", "Sunday,
 * 23 March 2025", "2025-03-23", "2025-03-23T10:00:00Z". Null for anything else, including
 * ambiguous numeric dates (03/04/2025) and impossible ones.
 */
export function parsePublishedDate(text: string): string | null {
  const parts = yearMonthDay(text.trim());
  if (parts === null) return null;
  const [y, m, d] = parts;
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function yearMonthDay(text: string): [number, number, number] | null {
  let match = ISO.exec(text);
  if (match) return [Number(match[1]), Number(match[2]), Number(match[3])];
  match = MONTH_FIRST.exec(text);
  if (match) return [Number(match[3]), monthIndex(match[1]!), Number(match[2])];
  match = DAY_FIRST.exec(text);
  if (match) return [Number(match[3]), monthIndex(match[2]!), Number(match[1])];
  return null;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}
