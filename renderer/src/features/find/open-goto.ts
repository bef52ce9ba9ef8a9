// Where choosing a palette row of "go to anything" leads: an article opens in the reader, a
// source on its page, a claim selected in the claims view, a tag selected in the codebook. The
// app hands in its own navigation callbacks, so the palette goes exactly where a click would.
import type { GotoItem } from './goto';

export interface GotoTargets {
  openArticle: (id: string) => void;
  openSource: (id: string) => void;
  openClaim: (id: string) => void;
  openTag: (id: string) => void;
}

export function openGotoItem(item: GotoItem, to: GotoTargets): void {
  switch (item.kind) {
    case 'article':
      return to.openArticle(item.id);
    case 'source':
      return to.openSource(item.id);
    case 'claim':
      return to.openClaim(item.id);
    case 'tag':
      return to.openTag(item.id);
    default: {
      const unknown: never = item.kind;
      throw new Error(`Unknown kind to go to: ${String(unknown)}`);
    }
  }
}
