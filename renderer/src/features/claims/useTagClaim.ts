// The "tag claim" command: from the selection, or from the selected quote (its speakers become
// the claimants). Selecting exactly a marked quote's words means that quote.
import { useCallback } from 'react';
import type { Attribution, Quote, WorkbenchDocument } from '../../../../shared/domain/schema';
import type { DialogState } from '../../AppDialogs';

interface Options {
  document: WorkbenchDocument | null;
  selection: () => { start: number; end: number } | null;
  selectedId: string | null;
  quotes: readonly Quote[];
  attributions: readonly Attribution[];
  open: (dialog: DialogState) => void;
  reportError: (message: string) => void;
}

export function useTagClaim(options: Options): () => void {
  const { document, selection, selectedId, quotes, attributions, open, reportError } = options;
  return useCallback(() => {
    if (!document) return reportError('Open an article first.');
    const position = selection();
    // Selecting exactly a marked quote's words means that quote: its speakers are the claimants.
    const sameSpan = position
      ? quotes.find(
          (q) =>
            q.documentId === document.id &&
            q.selector.position.start === position.start &&
            q.selector.position.end === position.end,
        )
      : undefined;
    const quote = sameSpan ?? (position ? undefined : quotes.find((q) => q.id === selectedId));
    if (position && !quote) {
      const exact = document.text.slice(position.start, position.end);
      return open({
        kind: 'claim',
        from: { kind: 'selection', documentId: document.id, position },
        exact,
        claimantIds: [],
        credibility: null,
      });
    }
    if (quote) {
      // A selected quote becomes a claim with its speakers as claimants.
      const claimantIds = attributions
        .filter((a) => a.quoteId === quote.id && a.role === 'speaker')
        .map((a) => a.sourceId);
      return open({
        kind: 'claim',
        from: { kind: 'quote', quoteId: quote.id },
        exact: quote.selector.quote.exact,
        claimantIds,
        credibility: quote.credibility,
      });
    }
    reportError('Select the checkable statement (or a quote), then tag it as a claim.');
  }, [document, selection, selectedId, quotes, attributions, open, reportError]);
}
