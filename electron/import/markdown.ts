// Markdown import: CommonMark blocks become plain-text blocks (headings, paragraphs, quotes, list
// items), YAML front matter becomes metadata, and any HTML in the file is reduced to its text.
import { Parser } from 'commonmark';
import type { Node } from 'commonmark';
import { decodeText } from './decode';
import { assertTextSize, parsePublishedDate, splitAuthors } from './text';
import type {
  ImportedArticle,
  ImportedBlock,
  ImportedBlockKind,
  ImportedMetadata,
  ParseOptions,
} from './types';
import { emptyMetadata } from './types';

export async function parseMarkdown(
  bytes: Uint8Array,
  options: ParseOptions,
): Promise<ImportedArticle> {
  const decoded = decodeText(bytes, { fileName: options.fileName });
  // The source, markup and all: markup is a small share of a Markdown article.
  assertTextSize(decoded.text, options.fileName);
  const { metadata, body } = readFrontMatter(decoded.text);
  const out = new Collector();
  walk(new Parser().parse(body), null, out);
  const warnings = [...decoded.warnings];
  if (out.images > 0) warnings.push(`${out.images} image${out.images === 1 ? '' : 's'} skipped`);
  return { format: 'markdown', metadata, blocks: out.blocks, warnings };
}

class Collector {
  readonly blocks: ImportedBlock[] = [];
  images = 0;
  add(kind: ImportedBlockKind, text: string): void {
    if (text.trim() !== '') this.blocks.push({ kind, text });
  }
}

function children(node: Node): Node[] {
  const out: Node[] = [];
  for (let child = node.firstChild; child; child = child.next) out.push(child);
  return out;
}

/** `inherited` is 'quote' inside a block quote: everything quoted is a quote block. */
function walk(container: Node, inherited: 'quote' | null, out: Collector): void {
  for (const child of children(container)) {
    switch (child.type) {
      case 'heading':
        out.add(inherited ?? 'heading', inlineText(child, out));
        break;
      case 'paragraph':
        out.add(inherited ?? 'paragraph', inlineText(child, out));
        break;
      case 'code_block':
        out.add(inherited ?? 'paragraph', child.literal ?? '');
        break;
      case 'html_block':
        for (const text of htmlText(child.literal ?? '')) out.add(inherited ?? 'paragraph', text);
        break;
      case 'block_quote':
        walk(child, 'quote', out);
        break;
      case 'list':
        for (const item of children(child)) walkItem(item, inherited ?? 'list-item', out);
        break;
      case 'thematic_break':
        break;
      default:
        walk(child, inherited, out);
    }
  }
}

/** One block per item, in order: an item's own text, then its nested items (flattened). */
function walkItem(item: Node, kind: 'quote' | 'list-item', out: Collector): void {
  let parts: string[] = [];
  const flush = () => {
    out.add(kind, parts.join(' '));
    parts = [];
  };
  for (const child of children(item)) {
    if (child.type === 'list') {
      flush();
      for (const sub of children(child)) walkItem(sub, kind, out);
    } else if (child.type === 'block_quote') {
      flush();
      walk(child, 'quote', out);
    } else if (child.type === 'paragraph' || child.type === 'heading')
      parts.push(inlineText(child, out));
    else if (child.type === 'code_block') parts.push(child.literal ?? '');
    else if (child.type === 'html_block') parts.push(...htmlText(child.literal ?? ''));
  }
  flush();
}

interface Piece {
  text: string;
  /** Code spans keep their literal text, markup-like or not: the author wrote it as code. */
  code: boolean;
}

/**
 * The plain text of a heading or paragraph: emphasis, links and code spans give their text, line
 * breaks a space, images nothing (counted), inline HTML tags nothing, and the content of an
 * inline <script> or <style> nothing.
 */
function inlineText(node: Node, out: Collector): string {
  const pieces: Piece[] = [];
  let skipping: string | null = null;
  const visit = (parent: Node) => {
    for (const n of children(parent)) {
      if (n.type === 'html_inline') {
        const tag = /^<(\/?)(script|style)\b/i.exec(n.literal ?? '');
        if (tag && tag[1] === '' && skipping === null) skipping = tag[2]!.toLowerCase();
        else if (tag && tag[1] === '/' && skipping === tag[2]!.toLowerCase()) skipping = null;
      } else if (skipping !== null) continue;
      else if (n.type === 'image') out.images++;
      else if (n.type === 'text') pieces.push({ text: n.literal ?? '', code: false });
      else if (n.type === 'code') pieces.push({ text: n.literal ?? '', code: true });
      else if (n.type === 'softbreak' || n.type === 'linebreak')
        pieces.push({ text: ' ', code: false });
      else visit(n);
    }
  };
  visit(node);
  // Stripped as one string, code spans held by placeholders: CommonMark splits a run such as
  // "<img src=x" into several text nodes, and a tag a browser would read across a code span
  // (<img src=`x`onerror=…>) must go whole, code span included. The placeholders are Unicode
  // noncharacters, removed from the text first so the text cannot forge one.
  const codes: string[] = [];
  const joined = pieces
    .map((p) =>
      p.code ? `\ufdd0${codes.push(p.text) - 1}\ufdd1` : p.text.replace(/[\ufdd0\ufdd1]/g, ''),
    )
    .join('');
  return stripMarkup(joined).replace(
    /\ufdd0(\d+)\ufdd1/g,
    (_m, i: string) => codes[Number(i)] ?? '',
  );
}

// A tag, comment, declaration or processing instruction as a browser would start reading one:
// "<" then a letter, "/", "!" or "?", up to ">" outside quotes, or to the end when never closed.
const MARKUP = /<!--[\s\S]*?(?:-->|$)|<[a-zA-Z!?/](?:[^>"']|"[^"]*(?:"|$)|'[^']*(?:'|$))*(?:>|$)/g;

/**
 * Removes anything that reads as HTML markup from text. Removing "<b>" from "<<b>script>" leaves
 * "<script>", so it repeats; after a few rounds (a crafted "<<<<b>b>b>b>" would need one per
 * level) it drops every "<" that could still open a tag. Text that merely looks like markup
 * after entity decoding ("&lt;b&gt;") goes too: an article has no use for it; code spans keep it.
 */
export function stripMarkup(text: string): string {
  let current = text;
  for (let round = 0; round < 4; round++) {
    const next = current.replace(MARKUP, '');
    if (next === current) return current;
    current = next;
  }
  return current.replace(/<+(?=[a-zA-Z!?/])/g, '');
}

const BLOCK_TAGS =
  'address|article|aside|blockquote|caption|center|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|td|th|tr|ul';
const BLOCK_TAG = new RegExp(`<\\/?(?:${BLOCK_TAGS})\\b(?:[^>"']|"[^"]*"|'[^']*')*>`, 'gi');
// Elements whose content is code or styling, never article text; unclosed, they run to the end.
const RAW_ELEMENT = /<(script|style|template|textarea|title)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
const CDATA = /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)/g;

/** The text of an HTML block, one string per paragraph it holds (split at block-level tags). */
function htmlText(html: string): string[] {
  const text = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(CDATA, ' ')
    .replace(RAW_ELEMENT, ' ')
    .replace(BLOCK_TAG, '\n\n')
    .replace(/<br\s*\/?>/gi, ' ');
  return text
    .split(/\n\s*\n/)
    .map((part) =>
      stripMarkup(decodeEntities(stripMarkup(part)))
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((part) => part !== '');
}

/**
 * Decodes HTML character references with CommonMark's own table (all of HTML5's): the text is
 * parsed as one Markdown paragraph with every other punctuation character escaped, so only the
 * references are interpreted.
 */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  const escaped = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&#|[!-/:-@[-`{-~]/g, (c) => (c === '&#' || c === '&' || c === ';' ? c : `\\${c}`));
  const doc = new Parser().parse(escaped);
  let decoded = '';
  const walker = doc.walker();
  for (let step = walker.next(); step; step = walker.next()) {
    if (step.entering && step.node.type === 'text') decoded += step.node.literal ?? '';
  }
  return decoded;
}

// Front matter: "---" on the first line, "key: value" lines, "---" (or "...") to close.
const FRONT_MATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const KEY_LINE = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/;

/**
 * Reads YAML front matter with a parser that knows only "key: value", quoted values, "[a, b]"
 * and "- item" lists; nothing is ever evaluated, and anything else (nested maps, block scalars)
 * is skipped. A first block with any line that is none of these is not front matter.
 */
export function readFrontMatter(source: string): { metadata: ImportedMetadata; body: string } {
  const metadata = emptyMetadata();
  const match = FRONT_MATTER.exec(source);
  const fields = match ? parseFields(match[1] ?? '') : null;
  if (!match || !fields) return { metadata, body: source };
  const first = (...keys: string[]) => {
    for (const key of keys) {
      const value = fields.get(key)?.[0];
      if (value) return stripMarkup(value).trim() || null;
    }
    return null;
  };
  metadata.title = first('title');
  const authors = fields.get('authors') ?? fields.get('author') ?? [];
  metadata.authors = authors.flatMap((a) => splitAuthors(stripMarkup(a)));
  const date = first('published', 'date');
  metadata.published = date === null ? null : parsePublishedDate(date);
  const url = first('canonical', 'url');
  metadata.url = url !== null && /^https?:\/\/\S+$/i.test(url) ? url : null;
  const lang = first('language', 'lang')?.toLowerCase().split(/[-_]/)[0];
  metadata.language = lang && /^[a-z]{2,3}$/.test(lang) ? lang : null;
  metadata.outlet = first('outlet', 'publisher', 'source');
  return { metadata, body: source.slice(match[0].length) };
}

/** Lower-cased keys to their values (a scalar is a list of one); null when not front matter. */
function parseFields(block: string): Map<string, string[]> | null {
  const fields = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of block.split(/\r?\n/)) {
    if (/^\s*(#.*)?$/.test(line)) continue;
    const item = /^\s*-\s+(.*)$/.exec(line);
    const key = KEY_LINE.exec(line);
    if (item && current) current.push(scalar(item[1]!));
    else if (key) {
      const raw = (key[2] ?? '').trim();
      current = raw === '' ? [] : null;
      const values =
        raw === '' || /^[|>]/.test(raw)
          ? []
          : raw.startsWith('[')
            ? inlineList(raw)
            : [scalar(raw)];
      fields.set(key[1]!.toLowerCase(), current ?? values);
    } else if (!/^\s/.test(line)) return null; // indented lines belong to a skipped value
  }
  return fields.size > 0 ? fields : null;
}

function scalar(raw: string): string {
  const value = raw.trim();
  if (value.startsWith('"')) {
    const end = value.lastIndexOf('"');
    const inner = end > 0 ? value.slice(1, end) : value.slice(1);
    return inner
      .replace(/\\(["\\/])/g, '$1')
      .replace(/\\n/g, ' ')
      .replace(/\\t/g, ' ');
  }
  if (value.startsWith("'")) {
    const end = value.lastIndexOf("'");
    return (end > 0 ? value.slice(1, end) : value.slice(1)).replace(/''/g, "'");
  }
  return value.replace(/\s+#.*$/, '');
}

function inlineList(raw: string): string[] {
  const inner = raw.replace(/^\[/, '').replace(/\][^\]]*$/, '');
  const items = inner.match(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,]+/g) ?? [];
  return items.map(scalar).filter((v) => v !== '');
}
