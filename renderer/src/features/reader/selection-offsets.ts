// Maps a DOM selection inside the article to offsets in the document's canonical text. Every
// text run the reader renders is a <span data-offset> holding exactly one text node, so a
// boundary's offset is its run's data-offset plus the offset inside the run.

function runOffset(node: Node | null): number | null {
  const el = node instanceof Element ? node : node?.parentElement;
  const run = el?.closest('[data-offset]');
  const value = run?.getAttribute('data-offset');
  return value == null ? null : Number(value);
}

/** First text node at or after (container, index) inside root, in document order. */
function textAtOrAfter(root: Element, container: Node, index: number): Text | null {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const boundary = container.childNodes[index] ?? null;
  let node = walker.nextNode();
  while (node) {
    if (boundary) {
      if (
        boundary === node ||
        boundary.contains(node) ||
        boundary.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING
      ) {
        return node as Text;
      }
    } else if (
      container.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING &&
      !container.contains(node)
    ) {
      return node as Text;
    }
    node = walker.nextNode();
  }
  return null;
}

function boundaryOffset(
  root: Element,
  container: Node,
  offset: number,
  textLength: number,
): number {
  if (container.nodeType === Node.TEXT_NODE) {
    const base = runOffset(container);
    if (base !== null) return base + offset;
  }
  const next = textAtOrAfter(root, container, offset);
  if (!next) return textLength;
  return runOffset(next) ?? textLength;
}

/**
 * The [start, end) of the current selection in canonical-text offsets, clamped to the article,
 * or null when nothing inside the article is selected.
 */
export function selectionToOffsets(
  root: Element,
  selection: Selection | null,
  textLength: number,
): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  const inRoot = (node: Node) => root === node || root.contains(node);
  const start = inRoot(range.startContainer)
    ? boundaryOffset(root, range.startContainer, range.startOffset, textLength)
    : 0;
  const end = inRoot(range.endContainer)
    ? boundaryOffset(root, range.endContainer, range.endOffset, textLength)
    : textLength;
  return end > start ? { start, end } : null;
}

/**
 * The offset of a collapsed selection (the caret) inside the article, or null when there is no
 * caret there (no selection, a range, or a caret outside the article).
 */
export function caretOffset(
  root: Element,
  selection: Selection | null,
  textLength: number,
): number | null {
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer)) return null;
  return boundaryOffset(root, range.startContainer, range.startOffset, textLength);
}

/** The rendered runs in text order, with their offsets. */
function runsOf(root: Element): { text: Text; offset: number }[] {
  const out: { text: Text; offset: number }[] = [];
  for (const run of root.querySelectorAll('[data-offset]')) {
    const text = run.firstChild;
    if (text?.nodeType === Node.TEXT_NODE) {
      out.push({ text: text as Text, offset: Number(run.getAttribute('data-offset')) });
    }
  }
  return out;
}

/**
 * A DOM range over the article's text runs for canonical offsets [start, end): the inverse of
 * `selectionToOffsets`. Offsets between blocks (text no run renders) move to the nearest rendered
 * text inside the range. Null when the range covers no rendered text.
 */
export function offsetsToRange(root: Element, start: number, end: number): Range | null {
  const runs = runsOf(root);
  // The first run ending after start, and the last run starting before end.
  const first = runs.find((r) => r.offset + r.text.data.length > start);
  let last = null;
  for (const run of runs) if (run.offset < end) last = run;
  if (!first || !last || first.offset >= end || last.offset + last.text.data.length <= start) {
    return null;
  }
  const range = root.ownerDocument.createRange();
  range.setStart(first.text, Math.max(0, start - first.offset));
  range.setEnd(last.text, Math.min(last.text.data.length, end - last.offset));
  return range;
}

/** The offset of the first text the viewport shows at or below `top` (a client y), else 0. */
export function firstOffsetBelow(root: Element, top: number): number {
  for (const { text, offset } of runsOf(root)) {
    const rects = root.ownerDocument.createRange();
    rects.selectNodeContents(text);
    if (rects.getBoundingClientRect().bottom > top) return offset;
  }
  return 0;
}
