// The state of the quote-suggestion review for the open article: the service's suggestions (in
// text order), which one is current, and the analyst's answers. Nothing is fetched until the
// analyst asks ("Suggest quotes"); nothing enters the workspace but through accept.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChannelInput } from '../../../../shared/ipc/contract';
import type { Suggestion } from '../../../../shared/ipc/channels/suggestions';
import { call } from '../../api/client';

export type AcceptEdits = NonNullable<ChannelInput<'suggestions.accept'>['edits']>;

export interface SuggestionReview {
  /** Null while the queue is closed. */
  items: readonly Suggestion[] | null;
  /** How many were held back because the analyst rejected them on this article. */
  rejected: number;
  loading: boolean;
  current: string | null;
  setCurrent: (key: string | null) => void;
  suggest: () => Promise<void>;
  close: () => void;
  accept: (key: string, edits?: AcceptEdits) => Promise<boolean>;
  reject: (key: string) => Promise<void>;
  acceptAll: (speaker: string) => Promise<void>;
}

interface Options {
  documentId: string | null;
  /** Bumped after every change (undo included): an open queue reloads. */
  version: number;
  changed: () => Promise<void>;
  setStatus: (message: string) => void;
  reportError: (message: string) => void;
}

/** The key after `key` once it left the list, so the review carries on where it was. */
function nextKey(items: readonly Suggestion[], key: string): string | null {
  const at = items.findIndex((s) => s.key === key);
  return items[at + 1]?.key ?? items[at - 1]?.key ?? null;
}

export function useSuggestions(options: Options): SuggestionReview {
  const { documentId, version, changed, setStatus, reportError } = options;
  const [items, setItems] = useState<readonly Suggestion[] | null>(null);
  const [rejected, setRejected] = useState(0);
  const [loading, setLoading] = useState(false);
  const [current, setCurrent] = useState<string | null>(null);
  // Which article the open queue belongs to: an answer for another one is dropped.
  const openFor = useRef<string | null>(null);

  const load = useCallback(
    async (id: string) => {
      setLoading(true);
      const result = await call('suggestions.forDocument', { documentId: id });
      setLoading(false);
      if (openFor.current !== id) return;
      if (!result.ok) {
        reportError(result.error.message);
        return;
      }
      setItems(result.value.suggestions);
      setRejected(result.value.rejected);
      setCurrent((key) =>
        key !== null && result.value.suggestions.some((s) => s.key === key)
          ? key
          : (result.value.suggestions[0]?.key ?? null),
      );
    },
    [reportError],
  );

  const suggest = useCallback(async () => {
    if (!documentId) return reportError('Open an article first.');
    openFor.current = documentId;
    await load(documentId);
  }, [documentId, load, reportError]);

  const close = useCallback(() => {
    openFor.current = null;
    setItems(null);
    setCurrent(null);
  }, []);

  // Another article closes the queue; a change (accept, undo, an edit elsewhere) reloads it.
  useEffect(() => {
    if (openFor.current !== null && openFor.current !== documentId) close();
  }, [documentId, close]);
  useEffect(() => {
    if (openFor.current !== null && openFor.current === documentId) void load(documentId);
  }, [version, documentId, load]);

  const accept = useCallback(
    async (key: string, edits?: AcceptEdits) => {
      if (!documentId) return false;
      const result = await call('suggestions.accept', { documentId, key, edits });
      if (!result.ok) {
        reportError(result.error.message);
        return false;
      }
      if (items) setCurrent(nextKey(items, key));
      setStatus(`Accepted: quote by ${result.value.source.name} (Ctrl+Z undoes it)`);
      await changed();
      return true;
    },
    [documentId, items, changed, setStatus, reportError],
  );

  const reject = useCallback(
    async (key: string) => {
      if (!documentId) return;
      const result = await call('suggestions.reject', { documentId, key });
      if (!result.ok) return reportError(result.error.message);
      if (items) setCurrent(nextKey(items, key));
      setStatus('Rejected: it will not be suggested again for this article');
      await changed();
    },
    [documentId, items, changed, setStatus, reportError],
  );

  const acceptAll = useCallback(
    async (speaker: string) => {
      if (!documentId) return;
      const result = await call('suggestions.acceptAllFromSpeaker', { documentId, speaker });
      if (!result.ok) return reportError(result.error.message);
      const n = result.value.quotes.length;
      setStatus(`Accepted ${n} quote${n === 1 ? '' : 's'} by ${result.value.source.name}`);
      await changed();
    },
    [documentId, changed, setStatus, reportError],
  );

  return {
    items,
    rejected,
    loading,
    current,
    setCurrent,
    suggest,
    close,
    accept,
    reject,
    acceptAll,
  };
}
