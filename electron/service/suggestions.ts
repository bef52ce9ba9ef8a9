// Handlers of the quote suggestions. The engine runs here on the stored text, never trusting a
// span from the renderer: accept and reject name a suggestion by key and the service finds it
// again. Accepting builds the quote, its attribution and any new source through the same code
// as marking a quote by hand, committed as one edit (one undo step).
import type { HandlerTable } from '../../shared/ipc/dispatch';
import { WorkbenchError } from '../../shared/ipc/result';
import type { Quote, Source, WorkbenchDocument } from '../../shared/domain/schema';
import type { Change } from '../../shared/domain/workspace';
import { getRecord } from '../../shared/domain/workspace';
import type { SuggestionRejection } from '../../shared/domain/suggestion-rejections';
import type { Suggestion } from '../../shared/ipc/channels/suggestions';
import type { ParsedInput } from '../../shared/ipc/contract';
import type { ServiceContext } from './context';
import { stamp } from './context';
import { planQuote } from './quotes';
import type { QuoteFields } from './quotes';
import { newSource } from './sources';
import type { SuggestEngine } from './suggestion-list';
import { visibleSuggestions } from './suggestion-list';

type SuggestionHandlers = Pick<
  HandlerTable,
  | 'suggestions.forDocument'
  | 'suggestions.accept'
  | 'suggestions.reject'
  | 'suggestions.acceptAllFromSpeaker'
>;

type Edits = NonNullable<ParsedInput<'suggestions.accept'>['edits']>;

const fold = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** The name the queue shows for a suggestion's speaker: its registry source, else the mention. */
export function speakerName(s: Suggestion): string | null {
  return s.source?.name ?? s.speaker?.name ?? null;
}

/** How sure the attribution is: a pronoun or a bare surname was inferred, a name was stated. */
function confidenceOf(s: Suggestion): QuoteFields['confidence'] {
  return s.speaker?.via === 'name' || s.speaker?.via === 'appositive' ? 'stated' : 'inferred';
}

/** The quote's fields: the suggestion's, with the analyst's edits over them. */
function fieldsOf(s: Suggestion, edits: Edits | undefined): QuoteFields {
  return {
    position: edits?.position ?? { start: s.content.start, end: s.content.end },
    kind: edits?.kind ?? s.kind,
    cue: (edits?.cue ?? s.cue?.text ?? '').slice(0, 300),
    medium: '',
    note: '',
    confidence: edits?.speaker ? 'stated' : confidenceOf(s),
    basis: `Suggested: ${s.reason}`.slice(0, 2_000),
  };
}

export function suggestionHandlers(ctx: ServiceContext, engine: SuggestEngine): SuggestionHandlers {
  const data = () => ctx.store.data;

  const requireDocument = (id: string): WorkbenchDocument => {
    const doc = getRecord(data().documents, id);
    if (!doc) throw new WorkbenchError('not_found', 'That article is not in the workspace.');
    return doc;
  };

  /** The suggestion still offered under `key`; throws not_found when it is not. */
  const requireSuggestion = (doc: WorkbenchDocument, key: string): Suggestion => {
    const found = visibleSuggestions(data(), doc, engine).suggestions.find((s) => s.key === key);
    if (!found) {
      throw new WorkbenchError(
        'not_found',
        'That suggestion is no longer offered: the article changed, or it was accepted or rejected.',
      );
    }
    return found;
  };

  /**
   * The speaker's source: the analyst's choice, else the suggestion's; `made` caches sources
   * this edit creates (by folded name), so accepting several quotes makes one new source.
   */
  const speakerSource = (
    s: Suggestion,
    chosen: Edits['speaker'],
    made: Map<string, Source>,
    changes: Change[],
  ): Source => {
    if (chosen && 'sourceId' in chosen) {
      const found = getRecord(data().sources, chosen.sourceId);
      if (!found) throw new WorkbenchError('not_found', 'That source no longer exists.');
      return found;
    }
    const proposal = chosen
      ? chosen.newSource
      : s.source?.kind === 'new'
        ? {
            kind: s.source.sourceKind,
            name: s.source.name,
            role: s.source.role,
            affiliation: '',
            aliases: s.source.aliases,
          }
        : null;
    if (!proposal) {
      if (s.source?.kind === 'existing') {
        const found = getRecord(data().sources, s.source.sourceId);
        if (found) return found;
      }
      throw new WorkbenchError('invalid_input', 'Choose who said it before accepting.');
    }
    const cached = made.get(fold(proposal.name));
    if (cached) return cached;
    const source = newSource(ctx, proposal);
    made.set(fold(source.name), source);
    changes.push({ op: 'put', collection: 'sources', value: source });
    return source;
  };

  return {
    'suggestions.forDocument': async ({ documentId }) =>
      visibleSuggestions(data(), requireDocument(documentId), engine),

    'suggestions.accept': async ({ documentId, key, edits }) => {
      const doc = requireDocument(documentId);
      const s = requireSuggestion(doc, key);
      const changes: Change[] = [];
      const source = speakerSource(s, edits?.speaker, new Map(), changes);
      const { quote, attribution } = planQuote(ctx, doc, fieldsOf(s, edits), source);
      changes.push(
        { op: 'put', collection: 'quotes', value: quote },
        { op: 'put', collection: 'attributions', value: attribution },
      );
      await ctx.commit('Accept suggested quote', changes);
      return { quote, attribution, source };
    },

    'suggestions.reject': async ({ documentId, key }) => {
      const doc = requireDocument(documentId);
      const s = requireSuggestion(doc, key);
      const rejection: SuggestionRejection = {
        id: ctx.newId(),
        documentId: doc.id,
        key: s.key,
        exact: s.content.text.slice(0, 20_000),
        rejectedAt: stamp(ctx),
      };
      await ctx.commit('Reject suggested quote', [
        { op: 'put', collection: 'suggestionRejections', value: rejection },
      ]);
      return { id: rejection.id };
    },

    'suggestions.acceptAllFromSpeaker': async ({ documentId, speaker }) => {
      const doc = requireDocument(documentId);
      const wanted = fold(speaker);
      const mine = visibleSuggestions(data(), doc, engine).suggestions.filter((s) => {
        const name = speakerName(s);
        return name !== null && fold(name) === wanted && s.source !== null;
      });
      if (mine.length === 0) {
        throw new WorkbenchError('not_found', `No suggestion is attributed to “${speaker}”.`);
      }
      const changes: Change[] = [];
      const made = new Map<string, Source>();
      const quotes: Quote[] = [];
      let source: Source | null = null;
      for (const s of mine) {
        // Two proposals over the same words (a direct quote inside a reported one) make one quote.
        const { start, end } = s.content;
        const taken = quotes.some((q) => {
          const p = q.selector.position;
          return p.start < end && start < p.end;
        });
        if (taken) continue;
        source = speakerSource(s, undefined, made, changes);
        const planned = planQuote(ctx, doc, fieldsOf(s, undefined), source);
        quotes.push(planned.quote);
        changes.push(
          { op: 'put', collection: 'quotes', value: planned.quote },
          { op: 'put', collection: 'attributions', value: planned.attribution },
        );
      }
      const label = `Accept ${quotes.length} suggested quote${quotes.length === 1 ? '' : 's'} from ${clipName(speaker)}`;
      if (!source) throw new Error('a speaker with suggestions yielded no source');
      await ctx.commit(label, changes);
      return { quotes, source };
    },
  };
}

const clipName = (name: string) => (name.length > 60 ? `${name.slice(0, 59)}…` : name);
