// The workspace's quote list as the renderer holds it (every quote with the attributions of those
// quotes), its order, and how a list is brought up to date from the changes since it was read,
// so an edit among 20,000 quotes ships a few entities instead of the whole list.
import { ordinal } from './order';
import type { Attribution, Quote } from './schema';

export interface QuoteList {
  quotes: Quote[];
  attributions: Attribution[];
}

/** What changed since a list was read: entities now present (new or changed) and ids gone. */
export interface QuoteListDelta {
  quotes: Quote[];
  removedQuotes: string[];
  attributions: Attribution[];
  removedAttributions: string[];
}

/** The list's order: by article, then place in the text, with ties broken so it is total. */
export function compareListedQuotes(a: Quote, b: Quote): number {
  return (
    a.documentId.localeCompare(b.documentId) ||
    a.selector.position.start - b.selector.position.start ||
    a.selector.position.end - b.selector.position.end ||
    ordinal(a.id, b.id)
  );
}

/** Attributions oldest first, so "the first speaker" of a quote does not depend on how it was read. */
export function compareListedAttributions(a: Attribution, b: Attribution): number {
  return ordinal(a.createdAt, b.createdAt) || ordinal(a.id, b.id);
}

/**
 * `list` with `delta` applied: the same list a full reload would give, provided the delta holds
 * every entity touched since `list` was read. Attributions whose quote is not in the list are
 * left out, as the full list leaves them out.
 */
export function applyQuoteDelta(list: QuoteList, delta: QuoteListDelta): QuoteList {
  const quotes = new Map(list.quotes.map((q) => [q.id, q]));
  for (const id of delta.removedQuotes) quotes.delete(id);
  for (const q of delta.quotes) quotes.set(q.id, q);
  const attributions = new Map(list.attributions.map((a) => [a.id, a]));
  for (const id of delta.removedAttributions) attributions.delete(id);
  for (const a of delta.attributions) attributions.set(a.id, a);
  return {
    quotes: [...quotes.values()].sort(compareListedQuotes),
    attributions: [...attributions.values()]
      .filter((a) => quotes.has(a.quoteId))
      .sort(compareListedAttributions),
  };
}
