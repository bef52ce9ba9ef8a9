// What a document declares about itself (a PDF's Info dictionary and XMP packet; the same rules
// serve a Word file's core properties). A title that is only a file name and an author that is an
// account name ("Administrator") are dropped: metadata shown to analysts must be about the article.
import type { ImportedMetadata } from './types';
import { emptyMetadata } from './types';

const FILE_NAME =
  /\.(pdf|docx?|dotx?|odt|rtf|txt|indd|qxd|qxp|pages|html?|xml|tex|ps|eps|jpe?g|png|tiff?)$/i;
const PLACEHOLDER_TITLE =
  /^(untitled( document)?|document\s*\d*|title|no title|none|unknown|print|default|slide \d+|page \d+)$/i;

/** A declared title worth showing, or null for none, a file name or a placeholder. */
export function usableTitle(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  // Word's PDF printer prefixes the file name: "Microsoft Word - draft3.docx".
  const title = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^microsoft (word|powerpoint|excel)\s*-\s*/i, '');
  if (title.length < 3 || title.length > 500) return null;
  if (FILE_NAME.test(title) || PLACEHOLDER_TITLE.test(title)) return null;
  if (/[\\/]/.test(title) && !/\s/.test(title)) return null; // a path
  if (!/\p{L}/u.test(title)) return null;
  return title;
}

/** Words that mark an organisation, a role or an account rather than a person. */
const NOT_A_PERSON =
  /\b(admin|administrator|user|owner|unknown|author|staff|editor|editors|desk|newsroom|team|office|windows|microsoft|reuters|associated press|afp|bloomberg|agency|agencies|inc|ltd|llc|corp|gmbh|company|news|media|press|times|journal)\b/i;
/** Lower-case name particles ("Ursula von der Leyen", "Osama bin Laden"). */
const PARTICLES = new Set([
  'al', 'bin', 'da', 'das', 'de', 'del', 'della', 'der', 'di', 'do', 'dos', 'du', 'ibn', 'la',
  'le', 'op', 'ten', 'ter', 'van', 'von', 'zu',
]); // prettier-ignore

function asPerson(raw: string): string | null {
  const name = raw
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^\s*by\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,;:]+$/, '');
  const words = name.split(' ');
  if (words.length < 2 || words.length > 5 || words[0] === 'The') return null;
  if (/[@\d<>{}[\]=_]/.test(name) || NOT_A_PERSON.test(name)) return null;
  const capitalised = words.every((w) => /^\p{Lu}/u.test(w) || PARTICLES.has(w));
  return capitalised ? name : null;
}

/**
 * Person names from an author field: split on ";", "&", "and", "|", and on commas between full
 * names ("Jane Doe, John Roe"); "Doe, Jane" is read as "Jane Doe". Anything that does not look
 * like a person's name (one word, an email, an agency, "Microsoft Office User") is left out.
 */
export function personNames(raw: unknown): string[] {
  const values = Array.isArray(raw) ? raw : [raw];
  const names: string[] = [];
  for (const value of values) {
    if (typeof value !== 'string') continue;
    for (const part of value.split(/\s*(?:;|\||&|\band\b|\bund\b|\bet\b)\s*/i)) {
      const pieces = part.split(',').map((p) => p.trim());
      const inverted = pieces.length === 2 && pieces.every((p) => p !== '' && !p.includes(' '));
      const candidates = inverted ? [`${pieces[1]} ${pieces[0]}`] : pieces;
      for (const candidate of candidates) {
        const name = asPerson(candidate);
        if (name && !names.includes(name)) names.push(name);
      }
    }
  }
  return names;
}

/** The primary subtag of a language tag ("en-US" → "en"), or null. */
export function languageTag(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const match = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(raw);
  return match ? match[1]!.toLowerCase() : null;
}

interface Xmp {
  get(name: string): unknown;
}

/**
 * Metadata from the Info dictionary, else from XMP. `published` stays null on purpose: the
 * CreationDate is when the PDF was made (often the day it was printed or saved), not when the
 * article appeared, and a wrong date that looks right is worse than a blank the analyst fills.
 */
export function pdfMetadata(info: Record<string, unknown>, xmp: Xmp | null): ImportedMetadata {
  const metadata = emptyMetadata();
  metadata.title = usableTitle(info['Title']) ?? usableTitle(xmp?.get('dc:title'));
  const authors = personNames(info['Author']);
  metadata.authors = authors.length > 0 ? authors : personNames(xmp?.get('dc:creator'));
  metadata.language = languageTag(info['Language']) ?? languageTag(xmp?.get('dc:language'));
  return metadata;
}
