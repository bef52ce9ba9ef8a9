// Turns the small, well-formed HTML that mammoth writes (h1-h6, p, ul/ol/li, blockquote, tables,
// inline strong/em/a/sup, img, br) into plain-text blocks, without a DOM. Footnote markers are
// taken out of the text and the notes themselves kept, numbered, as paragraphs at the end.
import type { ImportedBlock, ImportedBlockKind } from './types';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the entities mammoth writes (&amp; &lt; &gt; &quot;) and numeric references. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'caption']);
/** Elements that close the text gathered so far (a nested list inside a list item, a table). */
const BREAKS = new Set([...BLOCKS, 'ul', 'ol', 'blockquote', 'table', 'tr', 'div']);

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(attributes);
  return match ? decodeEntities(match[1]!) : null;
}

/** A note's own id ("footnote-3"), the link to it ("#footnote-3") or back ("#footnote-ref-3"). */
const NOTE_ID = /^(?:footnote|endnote)-(\d+)$/;
const NOTE_LINK = /^#(?:footnote|endnote)-(?:ref-)?\d+$/;

export interface HtmlBlocks {
  blocks: ImportedBlock[];
  notes: number;
}

/** The blocks of mammoth's HTML, in order; footnotes and endnotes last, as "[n] text". */
export function blocksFromHtml(html: string): HtmlBlocks {
  const blocks: ImportedBlock[] = [];
  const notes: ImportedBlock[] = [];
  const numbered = new Set<string>();
  /** Open elements; `skip` marks note markers and back links, whose text is left out. */
  const open: { tag: string; note: string | null; skip: boolean }[] = [];
  let text = '';

  const kindHere = (): ImportedBlockKind => {
    for (let i = open.length - 1; i >= 0; i--) {
      const tag = open[i]!.tag;
      if (/^h[1-6]$/.test(tag)) return 'heading';
      if (tag === 'li') return 'list-item';
      if (tag === 'blockquote') return 'quote';
    }
    return 'paragraph';
  };
  const noteHere = () => [...open].reverse().find((e) => e.note !== null)?.note ?? null;
  const flush = () => {
    const clean = text.replace(/\s+/g, ' ').trim();
    text = '';
    if (clean === '') return;
    const note = noteHere();
    if (note !== null) {
      // A note's first paragraph carries its number; later ones continue it.
      notes.push({ kind: 'paragraph', text: numbered.has(note) ? clean : `[${note}] ${clean}` });
      numbered.add(note);
    } else blocks.push({ kind: kindHere(), text: clean });
  };

  for (const match of html.matchAll(TAG)) {
    const [, closing, rawTag, attributes = '', selfClosing, chars] = match;
    if (chars !== undefined) {
      if (!open.some((e) => e.skip)) text += decodeEntities(chars);
      continue;
    }
    const tag = rawTag!.toLowerCase();
    if (tag === 'br') text += ' ';
    if (selfClosing || tag === 'br' || tag === 'img') continue;
    if (BREAKS.has(tag)) flush();
    if (closing) {
      // mammoth's output is well formed; pop back to the matching element regardless.
      const at = open.map((e) => e.tag).lastIndexOf(tag);
      if (at >= 0) open.length = at;
      continue;
    }
    const id = attribute(attributes, 'id');
    const href = attribute(attributes, 'href');
    open.push({
      tag,
      note: tag === 'li' && id !== null ? (NOTE_ID.exec(id)?.[1] ?? null) : null,
      skip: tag === 'a' && href !== null && NOTE_LINK.test(href),
    });
  }
  flush();
  return { blocks: [...blocks, ...notes], notes: numbered.size };
}
