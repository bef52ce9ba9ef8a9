// Handlers for quotes and their attributions. The service, not the renderer, computes the
// selectors from the stored text, so a quote always points at what the article really says.
import type { HandlerTable } from '../../shared/ipc/dispatch';
import { WorkbenchError } from '../../shared/ipc/result';
import { describeSpan, trimSpan } from '../../shared/anchoring/selectors';
import type { Attribution, Quote, Source, WorkbenchDocument } from '../../shared/domain/schema';
import type { Change, WorkspaceData } from '../../shared/domain/workspace';
import { getRecord, hasRecord, valuesOf } from '../../shared/domain/workspace';
import { compareListedAttributions, compareListedQuotes } from '../../shared/domain/quote-list';
import type { ServiceContext } from './context';
import { stamp } from './context';
import { newSource } from './sources';

type QuoteHandlers = Pick<
  HandlerTable,
  'quotes.list' | 'quotes.changes' | 'quotes.create' | 'quotes.delete'
>;

/**
 * Claims made from a deleted quote keep their own copy of its span; only the link goes, in the
 * same edit, so undo restores it.
 */
export function detachClaims(data: WorkspaceData, quoteId: string, at: string): Change[] {
  return valuesOf(data.claims)
    .filter((c) => c.quoteId === quoteId)
    .map((c) => ({
      op: 'put',
      collection: 'claims',
      value: { ...c, quoteId: null, updatedAt: at },
    }));
}

/** The touched ids as the records hold them now: present (new or changed) or gone. */
function split<T>(
  ids: Iterable<string>,
  records: Record<string, T>,
): { present: T[]; gone: string[] } {
  const present: T[] = [];
  const gone: string[] = [];
  for (const id of ids) {
    const record = getRecord(records, id);
    if (record) present.push(record);
    else gone.push(id);
  }
  return { present, gone };
}

/** What a new quote says about itself; the speaker is given apart, already resolved. */
export interface QuoteFields {
  position: { start: number; end: number };
  kind: Quote['kind'];
  cue: string;
  medium: string;
  note: string;
  confidence: Attribution['confidence'];
  basis: string;
}

/** The selector of a quote at `position`, trimmed of surrounding space; throws invalid_input when
 * the span lies outside the text or holds only space. */
export function quoteSelector(
  doc: WorkbenchDocument,
  position: { start: number; end: number },
): Quote['selector'] {
  const span = trimSpan(doc.text, position.start, position.end);
  const selector = span && describeSpan(doc.text, span.start, span.end);
  if (!selector || position.end > doc.text.length) {
    throw new WorkbenchError(
      'invalid_input',
      'Select some text of the article before marking a quote.',
    );
  }
  return selector;
}

/**
 * Builds (but does not store) a quote of `doc` at `fields.position`, trimmed of surrounding
 * space, and its speaker attribution to `source`. Throws invalid_input when the span lies
 * outside the text or holds only space. Shared by marking a quote and accepting a suggestion.
 */
export function planQuote(
  ctx: ServiceContext,
  doc: WorkbenchDocument,
  fields: QuoteFields,
  source: Source,
): { quote: Quote; attribution: Attribution } {
  const selector = quoteSelector(doc, fields.position);
  const at = stamp(ctx);
  const quote: Quote = {
    id: ctx.newId(),
    documentId: doc.id,
    selector,
    kind: fields.kind,
    cue: fields.cue,
    medium: fields.medium,
    saidAt: '',
    credibility: null,
    anchor: null,
    note: fields.note,
    createdAt: at,
    updatedAt: at,
  };
  const attribution: Attribution = {
    id: ctx.newId(),
    quoteId: quote.id,
    sourceId: source.id,
    role: 'speaker',
    confidence: fields.confidence,
    basis: fields.basis,
    createdAt: at,
  };
  return { quote, attribution };
}

export function quoteHandlers(ctx: ServiceContext): QuoteHandlers {
  const data = () => ctx.store.data;
  return {
    'quotes.list': async (input) => {
      const documentId = input?.documentId;
      const quotes = valuesOf(data().quotes)
        .filter((q) => documentId === undefined || q.documentId === documentId)
        .sort(compareListedQuotes);
      const ids = new Set(quotes.map((q) => q.id));
      const attributions = valuesOf(data().attributions)
        .filter((a) => ids.has(a.quoteId))
        .sort(compareListedAttributions);
      return { quotes, attributions };
    },

    'quotes.changes': async ({ since }) => {
      const quoteIds = ctx.store.touchedSince('quotes', since.quotes);
      const attributionIds = ctx.store.touchedSince('attributions', since.attributions);
      if (!quoteIds || !attributionIds) return { delta: null };
      const quotes = split(quoteIds, data().quotes);
      const attributions = split(attributionIds, data().attributions);
      return {
        delta: {
          quotes: quotes.present,
          removedQuotes: quotes.gone,
          attributions: attributions.present,
          removedAttributions: attributions.gone,
        },
      };
    },

    'quotes.create': async (input) => {
      const doc = getRecord(data().documents, input.documentId);
      if (!doc) throw new WorkbenchError('not_found', 'That article is not in the workspace.');
      quoteSelector(doc, input.position); // refuse a bad span before anything else
      const changes: Change[] = [];
      let source: Source;
      if ('sourceId' in input.speaker) {
        const found = getRecord(data().sources, input.speaker.sourceId);
        if (!found) throw new WorkbenchError('not_found', 'That source no longer exists.');
        source = found;
      } else {
        source = newSource(ctx, input.speaker.newSource);
        changes.push({ op: 'put', collection: 'sources', value: source });
      }
      const { quote, attribution } = planQuote(ctx, doc, input, source);
      changes.push(
        { op: 'put', collection: 'quotes', value: quote },
        { op: 'put', collection: 'attributions', value: attribution },
      );
      await ctx.commit('Mark quote', changes);
      return { quote, attribution, source };
    },

    'quotes.delete': async ({ id }) => {
      if (!hasRecord(data().quotes, id))
        throw new WorkbenchError('not_found', 'That quote no longer exists.');
      const changes: Change[] = valuesOf(data().attributions)
        .filter((a) => a.quoteId === id)
        .map((a) => ({ op: 'delete', collection: 'attributions', id: a.id }));
      changes.push(...detachClaims(data(), id, stamp(ctx)));
      changes.push({ op: 'delete', collection: 'quotes', id });
      await ctx.commit('Delete quote', changes);
      return { id };
    },
  };
}
