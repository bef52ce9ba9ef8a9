// Scrolls the article's pane so a find match is well in view: centred when it is off screen or
// near the top edge, where the find bar floats over the text.

/** The nearest ancestor that scrolls the article, or null when the window does. */
function scrollPane(root: Element): HTMLElement | null {
  for (let el = root.parentElement; el; el = el.parentElement) {
    if (/auto|scroll/.test(getComputedStyle(el).overflowY)) return el;
  }
  return null;
}

/** Brings the range into view, centred, unless it already sits clear of the bar and the edges. */
export function revealRange(root: Element, range: Range): void {
  const pane = scrollPane(root);
  if (!pane) return;
  const view = pane.getBoundingClientRect();
  const box = range.getBoundingClientRect();
  // Room for the find bar at the top, and a line's worth at the bottom.
  const top = view.top + 64;
  const bottom = view.bottom - 32;
  if (box.top >= top && box.bottom <= bottom) return;
  pane.scrollTop += box.top - (view.top + view.height / 2 - box.height / 2);
}
