// How answers about the quote list, which may land in any order, are merged into the list the
// window shows. At start-up the open article's own quotes stand in for the whole list (at 100,000
// quotes the list is 62 MB of JSON, which the first paint must not wait for); edits made before
// the whole list lands are brought in as deltas on top of that stand-in, and the whole list, when
// it lands, is shown only with every such delta requested after it replayed on top. So no answer
// requested earlier can hide an edit that a later answer already showed.
import { applyQuoteDelta } from '../../../shared/domain/quote-list';
import type { QuoteList, QuoteListDelta } from '../../../shared/domain/quote-list';
import type { Revisions } from './refresh-plan';

/** An answer about the quote list, each from a request made by refresh number `ticket`. */
export type QuoteAnswer =
  /** The whole list. */
  | { list: QuoteList }
  /** What changed since the revisions the list was last recorded at. */
  | { delta: QuoteListDelta }
  /** One article's quotes only: the start-up's stand-in for the whole list. */
  | { part: QuoteList };

/** What the shown quote list holds. */
export interface QuoteListAt {
  /** The refresh whose answer was applied last: no answer requested before it may apply. */
  ticket: number;
  /** Read before that answer was requested (null: unknown), so every change after is fetched. */
  revisions: Revisions | null;
  /** Only the stand-in (one article's quotes) and the deltas since: the whole list is owed. */
  partial: boolean;
  /** While partial, the deltas applied, oldest first, to replay onto a whole list that lands late. */
  deltas: readonly { ticket: number; delta: QuoteListDelta }[];
}

/** What to do with an answer: the new record and how the shown list changes; null drops it. */
export interface QuoteUpdate {
  at: QuoteListAt;
  apply: (shown: QuoteList) => QuoteList;
}

/**
 * Merges `answer`, requested by refresh `ticket` after reading `revisions`, into a list recorded
 * as `at` (undefined: nothing shown yet). Rules, each so that an edit cannot be lost or hidden:
 * - An answer requested before the last applied one is dropped (its view is older), except a
 *   whole list while the shown list is partial: that list is still owed, so it applies with every
 *   delta requested after it replayed on top, and the record keeps the newer ticket and revisions.
 * - A delta applies onto whatever is shown, stand-in included (merged, never replacing it).
 * - The stand-in applies only onto nothing: anything already shown is at least as complete.
 */
export function acceptQuoteAnswer(
  at: QuoteListAt | undefined,
  answer: QuoteAnswer,
  ticket: number,
  revisions: Revisions | null,
): QuoteUpdate | null {
  if ('part' in answer) {
    if (at) return null;
    return {
      at: { ticket, revisions, partial: true, deltas: [] },
      apply: () => answer.part,
    };
  }
  const newer = at === undefined || ticket > at.ticket;
  if ('list' in answer) {
    if (newer) {
      return { at: { ticket, revisions, partial: false, deltas: [] }, apply: () => answer.list };
    }
    if (!at.partial) return null;
    const later = at.deltas.filter((d) => d.ticket > ticket);
    return {
      at: { ...at, partial: false, deltas: [] },
      apply: () => later.reduce((list, d) => applyQuoteDelta(list, d.delta), answer.list),
    };
  }
  // A delta is relative to a list already shown; with nothing shown it has nothing to apply to.
  if (at === undefined || !newer) return null;
  return {
    at: {
      ticket,
      revisions,
      partial: at.partial,
      deltas: at.partial ? [...at.deltas, { ticket, delta: answer.delta }] : [],
    },
    apply: (shown) => applyQuoteDelta(shown, answer.delta),
  };
}

/**
 * How a refresh should bring the quote list up to date: `whole` when nothing is shown, when the
 * shown list is the stand-in and no whole list is on its way, or when the revisions are unknown;
 * `changes` (a delta since the recorded revisions) when the list's collections moved; else null.
 */
export function quoteRequest(
  at: QuoteListAt | undefined,
  moved: boolean,
  wholeOnItsWay: boolean,
): { whole: true } | { changes: Revisions } | null {
  if (at === undefined || at.revisions === null) return { whole: true };
  if (at.partial && !wholeOnItsWay) return { whole: true };
  return moved ? { changes: at.revisions } : null;
}
