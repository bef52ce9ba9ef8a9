// Dashed outlines around suggested quotes in the article. They are drawn on a layer of empty boxes
// over the text, not as marks in it: the reader's runs (quotes, highlights, claims, and the
// offsets selections are read from) stay exactly as they are, and no article text is copied.
import { useEffect } from 'react';
import type { Suggestion } from '../../../../shared/ipc/channels/suggestions';
import { offsetsToRange } from '../reader/selection-offsets';

const LAYER_CLASS = 'suggestion-layer';

/** Boxes, relative to `root`, covering each line of [start, end); empty when not rendered. */
function lineBoxes(root: HTMLElement, start: number, end: number): DOMRect[] {
  const range = offsetsToRange(root, start, end);
  if (!range) return [];
  const origin = root.getBoundingClientRect();
  return [...range.getClientRects()]
    .filter((r) => r.width > 0.5 && r.height > 0.5)
    .map((r) => new DOMRect(r.left - origin.left, r.top - origin.top, r.width, r.height));
}

function draw(
  root: HTMLElement,
  layer: HTMLElement,
  items: readonly Suggestion[],
  current: string | null,
) {
  const boxes: HTMLElement[] = [];
  for (const s of items) {
    for (const rect of lineBoxes(root, s.content.start, s.content.end)) {
      const box = root.ownerDocument.createElement('div');
      box.className = s.key === current ? 'suggestion-box current' : 'suggestion-box';
      box.dataset['suggestionKey'] = s.key;
      box.style.left = `${rect.x - 2}px`;
      box.style.top = `${rect.y - 1}px`;
      box.style.width = `${rect.width + 4}px`;
      box.style.height = `${rect.height + 2}px`;
      boxes.push(box);
    }
  }
  layer.replaceChildren(...boxes);
}

/**
 * Outlines `items` in the article `element()` returns, the `current` one stronger, and keeps them
 * in place as the article re-renders or reflows. Nothing is drawn while `items` is null.
 */
export function useSuggestionOutlines(
  element: () => HTMLElement | null,
  items: readonly Suggestion[] | null,
  current: string | null,
): void {
  useEffect(() => {
    const root = element();
    if (!root || !items || items.length === 0) return;
    const layer = root.ownerDocument.createElement('div');
    layer.className = LAYER_CLASS;
    layer.setAttribute('aria-hidden', 'true');
    root.append(layer);
    let frame = 0;
    const redraw = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => draw(root, layer, items, current));
    };
    draw(root, layer, items, current);
    // The reader patches its runs when quotes change, and text reflows with the window's width.
    const mutations = new MutationObserver((records) => {
      if (records.some((r) => !layer.contains(r.target) && r.target !== layer)) redraw();
    });
    mutations.observe(root, { childList: true, subtree: true, characterData: true });
    const resize = new ResizeObserver(redraw);
    resize.observe(root);
    return () => {
      cancelAnimationFrame(frame);
      mutations.disconnect();
      resize.disconnect();
      layer.remove();
    };
  }, [element, items, current]);
}
