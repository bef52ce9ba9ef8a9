// Finds a PDF's running heads and feet, which are not part of the article: lines repeated at the
// same height on many pages (the paper's name and date, "Page 3 of 10"), and lone page numbers at
// the top or bottom of a page.
import type { Fragment } from './pdf-layout';

export interface PageFragments {
  /** Page height in points; the edges are measured from it. */
  height: number;
  fragments: Fragment[];
}

/** "3", "- 3 -", "Page 3", "p. 3", "3 of 10", "Page 3 / 10", and the same in a few languages. */
const PAGE_NUMBER =
  /^(?:(?:page|p\.|pg\.?|seite|página|pagina|pág\.?|strona|sida)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/|de|von|di|sur|z|av)\s*\d{1,4})?$/i;
/** Lower-case roman numerals only: a capital "I" or "V" alone may be text. */
const ROMAN = /^[ivxlcdm]{1,7}$/;

/** How many rows from the top and from the bottom of a page may hold running heads and feet. */
const EDGE_ROWS = 2;
/** ...and only within this share of the page height from its edge. */
const EDGE_ZONE = 0.2;
/** A line counts as repeated when it sits within this many points of the same height. */
const SAME_HEIGHT = 3;

/** Text with digits masked, so "Page 3" and "Page 4", or dates, compare equal. */
function shape(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

function edgeFragments(page: PageFragments): Fragment[] {
  const rows = [...new Set(page.fragments.map((f) => Math.round(f.y)))].sort((a, b) => b - a);
  const top = new Set(rows.slice(0, EDGE_ROWS).filter((y) => y > page.height * (1 - EDGE_ZONE)));
  const bottom = new Set(rows.slice(-EDGE_ROWS).filter((y) => y < page.height * EDGE_ZONE));
  return page.fragments.filter((f) => top.has(Math.round(f.y)) || bottom.has(Math.round(f.y)));
}

export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return PAGE_NUMBER.test(t) || ROMAN.test(t);
}

/**
 * Each page's fragments without its running heads and feet. A line is one when it is at a page's
 * edge and is either a page number or repeated, at the same height, on at least two pages and on
 * at least 40% of the pages that have text.
 */
export function dropFurniture(pages: readonly PageFragments[]): {
  pages: Fragment[][];
  dropped: number;
} {
  const edges = pages.map(edgeFragments);
  const pagesWithText = pages.filter((p) => p.fragments.length > 0).length;
  const needed = Math.max(2, Math.ceil(pagesWithText * 0.4));
  // For each shape, the pages and heights it appears at.
  const seen = new Map<string, { page: number; y: number }[]>();
  edges.forEach((fragments, page) => {
    for (const f of fragments) {
      const key = shape(f.text);
      const list = seen.get(key) ?? [];
      list.push({ page, y: f.y });
      seen.set(key, list);
    }
  });
  const repeated = (f: Fragment) => {
    const list = seen.get(shape(f.text)) ?? [];
    const pagesAtHeight = new Set(
      list.filter((e) => Math.abs(e.y - f.y) <= SAME_HEIGHT).map((e) => e.page),
    );
    return pagesAtHeight.size >= needed;
  };
  let dropped = 0;
  const kept = pages.map((page, i) => {
    const furniture = new Set(
      edges[i]!.filter((f) => isPageNumber(f.text) || (pages.length > 1 && repeated(f))),
    );
    dropped += furniture.size;
    return page.fragments.filter((f) => !furniture.has(f));
  });
  return { pages: kept, dropped };
}
