// What the analyst does to a span of the open article, whatever its kind: review it after a
// re-import (keep, re-attach to the selection, remove) and delete it. Each is one undoable edit.
import { useCallback } from 'react';
import type { ChannelInput } from '../../../../shared/ipc/contract';
import { call } from '../../api/client';
import type { ReaderSpan } from '../reader/spans';
import type { Status } from '../../ui/StatusToast';

type ReviewTarget = Pick<ChannelInput<'anchors.review'>, 'collection' | 'id' | 'evidenceId'>;

/** Where the review queue finds a span: evidence is reviewed through its claim. */
export function reviewTarget(span: ReaderSpan): ReviewTarget {
  switch (span.kind) {
    case 'quote':
      return { collection: 'quotes', id: span.id };
    case 'highlight':
      return { collection: 'annotations', id: span.id };
    case 'claim':
      return { collection: 'claims', id: span.id };
    case 'evidence':
      return { collection: 'claims', id: span.claimId ?? '', evidenceId: span.id };
    default: {
      const unreachable: never = span.kind;
      throw new Error(`unknown span kind ${String(unreachable)}`);
    }
  }
}

const NOUNS: Record<ReaderSpan['kind'], string> = {
  quote: 'quote',
  highlight: 'highlight',
  claim: 'claim',
  evidence: 'evidence',
};

interface Options {
  selection: () => { start: number; end: number } | null;
  changed: () => Promise<void>;
  setStatus: (message: Status) => void;
  reportError: (message: string) => void;
  onDeleted: () => void;
}

export function useSpanActions(options: Options) {
  const { selection, changed, setStatus, reportError, onDeleted } = options;

  const review = useCallback(
    async (span: ReaderSpan, action: 'accept' | 'reattach' | 'remove') => {
      const target = reviewTarget(span);
      let result;
      if (action === 'reattach') {
        const position = selection();
        if (!position) return reportError('Select the text to attach it to, then re-attach.');
        result = await call('anchors.review', { action, ...target, position });
      } else {
        result = await call('anchors.review', { action, ...target });
      }
      if (!result.ok) return reportError(result.error.message);
      setStatus(
        action === 'remove'
          ? { text: 'Removed', undo: true }
          : action === 'accept'
            ? 'Kept'
            : 'Re-attached',
      );
      // A review moves or removes spans, never an article's text: reloading the lists is enough.
      await changed();
    },
    [selection, changed, setStatus, reportError],
  );

  const deleteSpan = useCallback(
    async (span: ReaderSpan) => {
      const result =
        span.kind === 'quote'
          ? await call('quotes.delete', { id: span.id })
          : span.kind === 'highlight'
            ? await call('annotations.delete', { id: span.id })
            : span.kind === 'claim'
              ? await call('claims.delete', { id: span.id })
              : await call('claims.removeEvidence', {
                  claimId: span.claimId ?? '',
                  evidenceId: span.id,
                });
      if (!result.ok) return reportError(result.error.message);
      onDeleted();
      // The toast offers Undo; the shortcut still works too.
      setStatus({ text: `Deleted the ${NOUNS[span.kind]}`, undo: true });
      await changed();
    },
    [changed, setStatus, reportError, onDeleted],
  );

  return { review, deleteSpan };
}
