// Builds an inert DOM from a page's markup: linkedom, with no script engine and no resource loader,
// so nothing on the page can run or be fetched. Also the small slice of the DOM interfaces the
// importer relies on (the Node side compiles without the DOM library).
//
// Why linkedom and not jsdom, measured on the 18 saved news pages (2 busy cores, Node 20, DOM plus
// Readability): linkedom 2.2 s for all 18 and 158 MB peak memory, jsdom 14.3 s and 564 MB (3.5 s
// for one 0.85 MB page); with scripts and styles emptied first, as below, 1.5 s against 9.3 s of
// CPU. Readability's text was the same with both on every page. jsdom also breaks when bundled by
// esbuild (it reads its default stylesheet from disk at run time) and has scripts and resource
// loading to keep switched off; linkedom has neither. Its parser (htmlparser2) is not the HTML5
// algorithm (a <li> stays inside an open <p>, and it needs the html/head/body shape given to it),
// which normalizeShape and the block walker absorb.
import { parseHTML } from 'linkedom';
import { ImportError } from './types';

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly parentNode: DomNode | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly textContent: string | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly localName: string;
  readonly parentElement: DomElement | null;
  readonly children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  closest(selectors: string): DomElement | null;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** The largest page read at all; a saved article page is rarely over 3 MB. */
export const MAX_HTML_CHARS = 20 * 1024 * 1024;
/**
 * Start tags allowed in one page (scripts and styles emptied first). The saved news pages we
 * measured have 500 to 2,600; 100,000 takes about 10 s of CPU and is far past any real article.
 */
export const MAX_ELEMENTS = 100_000;

/** Script, style and comment spans, skipped when looking for the <html> and <body> tags. */
const OPAQUE =
  /<!--[\s\S]*?(?:-->|$)|<script\b[\s\S]*?(?:<\/script\s*>|$)|<style\b[\s\S]*?(?:<\/style\s*>|$)/gi;

function findTag(html: string, name: 'html' | 'body'): RegExpExecArray | null {
  const re = new RegExp(`${OPAQUE.source}|<${name}\\b[^>]*>`, 'gi');
  for (let m = re.exec(html); m !== null; m = re.exec(html)) {
    if (m[0].slice(1, 1 + name.length).toLowerCase() === name) return m;
  }
  return null;
}

/** Elements that belong in <head> when a page leaves out its <body> tag. */
const HEAD_ONLY =
  /^(?:\s+|<!--[\s\S]*?-->|<!doctype[^>]*>|<\?xml[^>]*>|<\/?(?:html|head)\b[^>]*>|<(?:meta|link|base)\b[^>]*>|<(title|style|script|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>)/i;

/**
 * Rewrites the page as <html><head>…</head><body>…</body></html>. linkedom only builds a usable
 * document from that shape; a page that leaves out <html>, <head> or <body> (valid HTML, and what
 * the clipboard holds) would otherwise have no head or body at all.
 */
export function normalizeShape(html: string): string {
  const htmlTag = findTag(html, 'html');
  const htmlAttrs = htmlTag ? htmlTag[0].replace(/^<html\b/i, '').replace(/\/?>$/, '') : '';
  let head: string;
  let body: string;
  const bodyTag = findTag(html, 'body');
  if (bodyTag) {
    head = html.slice(0, bodyTag.index);
    body = html.slice(bodyTag.index + bodyTag[0].length);
  } else {
    let rest = html;
    let at = 0;
    for (let m = HEAD_ONLY.exec(rest); m !== null && m[0] !== ''; m = HEAD_ONLY.exec(rest)) {
      at += m[0].length;
      rest = rest.slice(m[0].length);
    }
    head = html.slice(0, at);
    body = rest;
  }
  head = head.replace(/<!doctype[^>]*>|<\?xml[^>]*>|<\/?(?:html|head)\b[^>]*>/gi, '');
  const end = body.search(/<\/body\s*>(?![\s\S]*<\/body\s*>)/i);
  if (end >= 0) body = body.slice(0, end);
  body = body.replace(/<\/html\s*>\s*$/i, '');
  return `<!DOCTYPE html><html${htmlAttrs}><head>${head}</head><body>${body}</body></html>`;
}

/** Counts start tags without building anything, so an absurd page is refused before it is parsed. */
export function countStartTags(html: string): number {
  let count = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) count++;
  }
  return count;
}

/**
 * Comments, scripts and style sheets, and every other tag whole (quoted attribute values
 * included), so a "<script" inside an attribute value is never taken for a tag.
 */
const TAG_SCAN =
  /<!--[\s\S]*?(?:-->|$)|<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>[\s\S]*?(?:<\/\1\s*>|$)|<[a-zA-Z][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/gi;

/**
 * Empties every script but JSON-LD, and every style sheet, before parsing: their text is never
 * read (the metadata needs only JSON-LD), and on a large page it is much of the parsing work.
 */
export function emptyScriptsAndStyles(html: string): string {
  return html.replace(TAG_SCAN, (whole, tag: string | undefined, attrs: string | undefined) => {
    if (!tag || (tag.toLowerCase() === 'script' && /ld\+json/i.test(attrs ?? ''))) return whole;
    return `<${tag}${attrs ?? ''}></${tag}>`;
  });
}

/** Parses markup into a document. Throws ImportError('too_large') past MAX_HTML_CHARS or MAX_ELEMENTS. */
export function parseDocument(html: string, fileName: string): DomDocument {
  if (html.length > MAX_HTML_CHARS) {
    throw new ImportError(
      'too_large',
      `${fileName} is ${(html.length / 1024 / 1024).toFixed(1)} MB of HTML; web pages over ${MAX_HTML_CHARS / 1024 / 1024} MB are not imported.`,
    );
  }
  const markup = emptyScriptsAndStyles(html);
  const tags = countStartTags(markup);
  if (tags > MAX_ELEMENTS) {
    throw new ImportError(
      'too_large',
      `${fileName} has about ${tags.toLocaleString('en')} HTML elements; web pages with more than ${MAX_ELEMENTS.toLocaleString('en')} are not imported.`,
    );
  }
  const window = parseHTML(normalizeShape(markup)) as unknown as { document: DomDocument };
  return window.document;
}

/** Whether a node is an element (text, comments and the rest are not). */
export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** Elements whose text is no part of what a reader sees. */
const INVISIBLE = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'textarea',
  'select',
  'head',
  'title',
]);

/**
 * An element's visible text, whitespace squashed, or null when that is longer than `max`
 * characters. Stops reading early, so asking about a container of the whole article is cheap.
 */
export function shortText(node: DomNode, max: number): string | null {
  let raw = '';
  const stack: DomNode[] = [node];
  while (stack.length > 0) {
    const at = stack.pop()!;
    if (at.nodeType === TEXT_NODE) {
      raw += at.textContent ?? '';
      if (raw.length > 4 * max + 200 && squash(raw).length > max) return null;
    } else if (isElement(at) && (at === node || !INVISIBLE.has(at.localName))) {
      const children: DomNode[] = [];
      for (let child = at.firstChild; child; child = child.nextSibling) children.push(child);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  const text = squash(raw);
  return text.length > max ? null : text;
}

/** Text with every run of whitespace (including no-break spaces) made one space, trimmed. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}
