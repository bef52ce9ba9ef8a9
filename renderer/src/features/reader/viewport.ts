// Where the article's scrolling pane shows it: the top of what is in view, and scrolling a
// keyboard selection into view.

/** The pane that scrolls the article, or null when the window itself scrolls it. */
function scrollPane(root: Element): HTMLElement | null {
  for (let el = root.parentElement; el; el = el.parentElement) {
    if (/auto|scroll/.test(getComputedStyle(el).overflowY)) return el;
  }
  return null;
}

/** The client y where the article's scrolling pane starts showing it. */
export function visibleTop(root: Element): number {
  const paneTop = scrollPane(root)?.getBoundingClientRect().top ?? 0;
  return Math.max(paneTop, root.getBoundingClientRect().top);
}

/** Scrolls the least that brings the start of the range into view (all of it when it fits). */
export function scrollIntoView(root: Element, range: Range): void {
  const pane = scrollPane(root);
  if (!pane) return;
  const view = pane.getBoundingClientRect();
  const box = range.getBoundingClientRect();
  const margin = 24;
  if (box.top < view.top + margin || box.height > view.height - 2 * margin) {
    pane.scrollTop += box.top - view.top - margin;
  } else if (box.bottom > view.bottom - margin) {
    pane.scrollTop += box.bottom - view.bottom + margin;
  }
}
