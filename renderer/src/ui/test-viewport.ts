// For jsdom tests of virtualised lists: jsdom lays nothing out, so every element is 0 px tall
// and a virtualiser renders no row. This gives scroll containers a height (and, optionally,
// each table row one) for the duration of a test file or describe block.
import { afterAll, beforeAll } from 'vitest';

/** Every element reports `viewport` px of client height; rows `rowHeight` px (0: unmeasured). */
export function withTestViewport(viewport: number, rowHeight = 0): void {
  // Read when the block starts, so a nested block puts back the outer block's stub.
  let client: PropertyDescriptor | undefined;
  let offset: PropertyDescriptor | undefined;
  beforeAll(() => {
    client = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
    offset = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight');
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get: () => viewport,
    });
    if (rowHeight > 0) {
      // What the virtualiser measures a rendered row by.
      Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
        configurable: true,
        get(this: HTMLElement) {
          return this instanceof HTMLTableRowElement ? rowHeight : 0;
        },
      });
    }
  });
  afterAll(() => {
    if (client) Object.defineProperty(HTMLElement.prototype, 'clientHeight', client);
    else delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
    if (offset) Object.defineProperty(HTMLElement.prototype, 'offsetHeight', offset);
  });
}
