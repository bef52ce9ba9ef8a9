// Our block model from an article's DOM (Readability's content, or a pasted fragment): headings,
// paragraphs, quotes and list items of plain text. Only text nodes are read, so no tag, entity,
// comment, script or style text can reach a block.
import type { DomElement, DomNode } from './html-dom';
import { isElement, TEXT_NODE } from './html-dom';
import type { ImportedBlock, ImportedBlockKind } from './types';

/** Elements whose content is never article text: code, styling, embedded objects, form controls. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'textarea',
  'select',
  'option',
  'button',
  'input',
  'title',
  'head',
  'meta',
  'link',
  'xmp',
  'plaintext',
  'noembed',
  'noframes',
  'video',
  'audio',
  'picture',
  'map',
  'dialog',
]);

/** Elements that start and end a block of their own. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

function kindOf(name: string): ImportedBlockKind | null {
  if (/^h[1-6]$/.test(name)) return 'heading';
  if (name === 'li') return 'list-item';
  if (name === 'blockquote') return 'quote';
  return null;
}

/** Whether an element is marked hidden in the markup itself (styles are never computed). */
function markedHidden(el: DomElement): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return (
    style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(style)
  );
}

class BlockWriter {
  readonly blocks: ImportedBlock[] = [];
  private buffer = '';

  add(text: string): void {
    this.buffer += text;
  }

  /** Ends the current block; two line breaks in a row inside it (<br><br>) split it in two. */
  flush(kind: ImportedBlockKind): void {
    const text = this.buffer;
    this.buffer = '';
    for (const part of text.split(/\n[ \t\u00a0]*\n/)) {
      // White space becomes one space; control characters (\v, BOM) are left for the canonical
      // text to drop, as a browser shows no space for them.
      const clean = part.replace(/[^\S\v\ufeff]+/g, ' ').trim();
      if (clean !== '') this.blocks.push({ kind, text: clean });
    }
  }
}

function hasBlockDescendant(el: DomElement): boolean {
  for (const child of Array.from(el.children)) {
    const name = child.localName;
    if (BLOCK.has(name) || hasBlockDescendant(child)) return true;
  }
  return false;
}

/** Plain text of an inline-only element, whitespace collapsed. */
function inlineText(el: DomElement): string {
  const writer = new BlockWriter();
  walk(el, writer, 'paragraph');
  writer.flush('paragraph');
  return writer.blocks.map((b) => b.text).join(' ');
}

/** A table row of inline cells reads as one line, cells separated by a bar. */
function walkRow(row: DomElement, writer: BlockWriter, kind: ImportedBlockKind): boolean {
  const cells = Array.from(row.children).filter(
    (c) => c.localName === 'td' || c.localName === 'th',
  );
  if (cells.length === 0 || cells.some(hasBlockDescendant)) return false;
  writer.flush(kind);
  writer.add(
    cells
      .map(inlineText)
      .filter((t) => t !== '')
      .join(' | '),
  );
  writer.flush(kind);
  return true;
}

function walk(node: DomNode, writer: BlockWriter, kind: ImportedBlockKind, pre = false): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT_NODE) {
      // Line breaks in the source are spaces, as a browser shows them; only <br> and <pre> break lines.
      const text = child.textContent ?? '';
      writer.add(pre ? text : text.replace(/[\t\n\f\r ]+/g, ' '));
      continue;
    }
    if (!isElement(child)) continue; // comments, CDATA, processing instructions
    const name = child.localName;
    if (SKIPPED.has(name) || markedHidden(child)) continue;
    if (name === 'br') {
      writer.add('\n');
      continue;
    }
    if (name === 'tr' && walkRow(child, writer, kind)) continue;
    const inPre = pre || name === 'pre';
    if (!BLOCK.has(name)) {
      walk(child, writer, kind, inPre);
      continue;
    }
    const inner = kindOf(name) ?? kind;
    writer.flush(kind);
    walk(child, writer, inner, inPre);
    writer.flush(inner);
  }
}

/** The blocks of an article's content element, in document order, empty ones dropped. */
export function blocksFromElement(root: DomElement): ImportedBlock[] {
  const writer = new BlockWriter();
  const kind = kindOf(root.localName) ?? 'paragraph';
  walk(root, writer, kind);
  writer.flush(kind);
  return writer.blocks;
}
