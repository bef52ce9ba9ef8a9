// Web pages (.html) and pasted HTML to an ImportedArticle: decode the bytes, build an inert DOM
// (html-dom.ts says why linkedom), read the metadata from the whole page, let Mozilla's Readability
// find the article, then turn its content into our blocks of plain text. No script ever runs and
// nothing is ever fetched; a "_files" folder saved beside the page is never looked at.
import { Readability } from '@mozilla/readability';
import { blocksFromElement } from './html-blocks';
import { decodeHtmlBytes } from './html-decode';
import type { DomDocument, DomElement } from './html-dom';
import { MAX_HTML_CHARS, parseDocument, squash } from './html-dom';
import { guessLanguage, primaryTag } from './html-language';
import { readPageMetadata } from './html-metadata';
import { cleanOutletName } from './html-outlet';
import { dateFromStamp, dateFromText } from './html-dates';
import { namesFromByline, normalizeName } from './html-names';
import type { ImportedArticle, ImportedBlock, ImportFormat, ParseOptions } from './types';
import { ImportError } from './types';

/** Largest .html file read, in bytes (a saved article page is rarely over 3 MB). */
export const MAX_HTML_BYTES = MAX_HTML_CHARS;

export interface HtmlSource {
  html: string;
  format: ImportFormat;
  /** Where the page came from (an MHTML Content-Location), when it declares no URL itself. */
  fallbackUrl?: string | null;
  /** Warnings from decoding or unpacking, carried into the result. */
  warnings?: string[];
}

interface ReadabilityArticle {
  title?: string | null;
  content?: DomElement | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
}

/** Readability on the document; it trims the document in place, so metadata is read first. */
function extractArticle(doc: DomDocument): ReadabilityArticle | null {
  // Readability's types want the DOM library's Document; linkedom's document is that shape.
  const reader = new Readability<DomElement>(doc as never, {
    serializer: (node) => node as unknown as DomElement,
  });
  return reader.parse();
}

/** How many blocks at the top of an article may be a byline or dateline Readability left in. */
const LEADING_FURNITURE = 3;

/**
 * Whether a block near the top is the byline or dateline rather than article text: it names only
 * the article's authors (with a lead-in, a role or a date), or it is a short date alone. Readability
 * leaves these in when the page declares its author, or when it retries on a short article.
 */
function isBylineOrDateline(text: string, authors: readonly string[]): boolean {
  if (text.length <= 40 && dateFromText(text) !== null) return true;
  if (authors.length === 0 || text.length > 150) return false;
  const named = namesFromByline(text).names;
  const known = new Set(authors.map(normalizeName));
  if (named.length === 0 || !named.every((n) => known.has(normalizeName(n)))) return false;
  let rest = text.toLowerCase();
  for (const name of [...authors, ...named]) rest = rest.split(name.toLowerCase()).join(' ');
  const words = rest
    .replace(/\b(?:by|par|por|von|door|and|et|y|und|with|avec)\b/g, ' ')
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== '');
  return words.length <= 4;
}

/** The blocks without a byline or dateline at the top (the authors and date are metadata). */
function withoutLeadingFurniture(
  blocks: ImportedBlock[],
  authors: readonly string[],
): ImportedBlock[] {
  const top = blocks.slice(0, LEADING_FURNITURE);
  const kept = top.filter((b) => b.kind === 'heading' || !isBylineOrDateline(b.text, authors));
  return kept.length === top.length ? blocks : [...kept, ...blocks.slice(LEADING_FURNITURE)];
}

/** Clipboard HTML is a fragment (or a page with Start/EndFragment markers around the selection). */
function clipboardFragment(html: string): string | null {
  const marked = /<!--\s*StartFragment\s*-->([\s\S]*?)<!--\s*EndFragment\s*-->/i.exec(html);
  if (marked) return marked[1]!;
  return /<(?:html|body)\b/i.test(html) ? null : html;
}

/** Parses decoded markup into an article. Throws ImportError for a page over the size limits. */
export function importHtml(source: HtmlSource, options: ParseOptions): ImportedArticle {
  const warnings = [...(source.warnings ?? [])];
  const doc = parseDocument(source.html, options.fileName);
  const metadata = readPageMetadata(doc, source.fallbackUrl ?? null);
  let blocks: ImportedBlock[] = [];
  let article: ReadabilityArticle | null = null;
  try {
    article = extractArticle(doc);
  } catch (error) {
    warnings.push(
      `The article could not be told apart from the page (${(error as Error).message}).`,
    );
  }
  if (article?.content) blocks = blocksFromElement(article.content);
  if (blocks.length === 0) {
    // Readability gives up on short or odd pages, after trimming the document: all of the page's
    // text, from a fresh parse, beats none.
    const body = parseDocument(source.html, options.fileName).body;
    blocks = body ? blocksFromElement(body) : [];
    if (blocks.length > 0)
      warnings.push('No article was found in the page; all of its text was imported.');
  }
  blocks = withoutLeadingFurniture(blocks, metadata.authors);
  const text = blocks.map((b) => b.text).join('\n');
  return {
    format: source.format,
    metadata: {
      title: metadata.title ?? (article?.title ? squash(article.title) || null : null),
      authors: metadata.authors,
      outlet: metadata.outlet ?? cleanOutletName(article?.siteName),
      published: metadata.published ?? dateFromStamp(article?.publishedTime),
      url: metadata.url,
      language:
        primaryTag(metadata.declaredLanguage) ?? guessLanguage(text) ?? primaryTag(article?.lang),
    },
    blocks,
    warnings,
  };
}

/**
 * HTML from the clipboard. A fragment (what a browser puts on the clipboard) is taken whole,
 * without Readability, since the analyst chose what to copy; a whole page goes the way a file does.
 */
export async function parseHtmlString(
  html: string,
  options: ParseOptions,
): Promise<ImportedArticle> {
  const fragment = clipboardFragment(html);
  if (fragment === null) return importHtml({ html, format: 'html' }, options);
  const doc = parseDocument(fragment, options.fileName);
  const blocks = doc.body ? blocksFromElement(doc.body) : [];
  const metadata = readPageMetadata(parseDocument(html, options.fileName));
  const text = blocks.map((b) => b.text).join('\n');
  return {
    format: 'html',
    metadata: {
      title: metadata.title,
      authors: metadata.authors,
      outlet: metadata.outlet,
      published: metadata.published,
      url: metadata.url,
      language: primaryTag(metadata.declaredLanguage) ?? guessLanguage(text),
    },
    blocks,
    warnings: [],
  };
}

/** Parses a saved web page. Throws ImportError('too_large') for a page over 20 MB. */
export async function parseHtml(
  bytes: Uint8Array,
  options: ParseOptions,
): Promise<ImportedArticle> {
  if (bytes.length > MAX_HTML_BYTES) {
    throw new ImportError(
      'too_large',
      `${options.fileName} is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; web pages over ${MAX_HTML_BYTES / 1024 / 1024} MB are not imported.`,
    );
  }
  const decoded = decodeHtmlBytes(bytes);
  return importHtml({ html: decoded.html, format: 'html', warnings: decoded.warnings }, options);
}
