// Where opening a search hit goes: a passage to its place in the article (scrolled to and
// flashed), a quote, claim or highlight to its span, a source to its page, a memo to what it is
// about, a tag to the claims it marks.
import type { SearchHit } from '../../../../shared/ipc/channels/search';

export interface HitTargets {
  /** Opens the article, scrolls to [start, end) and flashes it. */
  showRange: (documentId: string, range: { start: number; end: number }) => void;
  /** Opens the article and selects the quote, claim or highlight. */
  showSpan: (documentId: string, spanId: string) => void;
  openDocument: (documentId: string) => void;
  openSource: (sourceId: string) => void;
  openClaim: (claimId: string) => void;
  showTagged: (tagId: string) => void;
}

export function openHit(hit: SearchHit, to: HitTargets): void {
  switch (hit.subkind) {
    case 'paragraph':
      if (hit.range) to.showRange(hit.recordId, hit.range);
      else to.openDocument(hit.recordId);
      return;
    case 'quote':
    case 'claim':
    case 'highlight':
      if (hit.documentId) to.showSpan(hit.documentId, hit.recordId);
      else if (hit.subkind === 'claim') to.openClaim(hit.recordId);
      return;
    case 'source':
      to.openSource(hit.recordId);
      return;
    case 'tag':
      to.showTagged(hit.recordId);
      return;
    case 'memo': {
      const about = hit.about;
      if (!about) return;
      if (about.kind === 'documents') to.openDocument(about.id);
      else if (about.kind === 'sources') to.openSource(about.id);
      else if (about.kind === 'claims') to.openClaim(about.id);
      else to.showTagged(about.id);
      return;
    }
    default: {
      const unreachable: never = hit.subkind;
      return unreachable;
    }
  }
}
