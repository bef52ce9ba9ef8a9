// For useWorkspace's tests: a small workspace service with state (two articles, quotes with
// speakers, grades, an undo label) and revision counters, answering the channels the hook calls
// as the real service does. Any call can be held: it is answered as the service is when called
// and delivered only when released, which is how a slow machine lets a stale answer land late.
import type { Attribution, Quote, Source } from '../../../shared/domain/schema';
import type { CollectionName } from '../../../shared/domain/workspace';
import { COLLECTIONS } from '../../../shared/domain/workspace';
import { compareListedAttributions, compareListedQuotes } from '../../../shared/domain/quote-list';

export interface HeldCall {
  channel: string;
  input: { id?: string; documentId?: string; since?: { quotes: number } } | undefined;
  release(): void;
}

const ARTICLES = ['a', 'b'];

export class TestService {
  revisions = Object.fromEntries(COLLECTIONS.map((c) => [c, 0])) as Record<CollectionName, number>;
  quotes = new Map<string, Quote>();
  attributions = new Map<string, Attribution>();
  sources = new Map<string, Source>();
  grades = new Map<string, string>();
  undo: string | null = null;
  /** What workspace.info tells, e.g. a damaged file recovered from. */
  notices: { level: 'warning'; code: string; message: string }[] = [];
  /** The held calls not yet released, oldest first. */
  held: HeldCall[] = [];
  /** Which calls to hold (`count`: how many calls were made, this one included); none unless a
   * test says. */
  holdIf: (channel: string, input: HeldCall['input'], count: number) => boolean = () => false;
  /** The channels called, in order. */
  calls: string[] = [];
  /** Per quotes counter, the quote ids that edit touched (quotes.changes reads them). */
  private touched: string[][] = [[]];
  private next = 0;

  constructor() {
    this.addSource('s1', 'Rustem Umerov');
    // Credited with no quote: in the whole sources table, not among an article's speakers.
    this.addSource('s2', 'Keith Kellogg');
    for (const [id, documentId, start] of [
      ['qa1', 'a', 0],
      ['qb1', 'b', 10],
    ] as const) {
      this.putQuote(id, documentId, start, 's1');
    }
    this.revisions = Object.fromEntries(COLLECTIONS.map((c) => [c, 0])) as typeof this.revisions;
    this.touched = [[]];
  }

  private addSource(id: string, name: string): void {
    this.sources.set(id, { id, name, aliases: [] } as unknown as Source);
  }
  private putQuote(id: string, documentId: string, start: number, sourceId: string): void {
    const selector = { position: { start, end: start + 5 }, quote: { exact: id } };
    this.quotes.set(id, { id, documentId, selector } as unknown as Quote);
    const createdAt = `2026-01-01T00:00:${String(this.next % 60).padStart(2, '0')}.000Z`;
    this.attributions.set(`at-${id}`, {
      id: `at-${id}`,
      quoteId: id,
      sourceId,
      role: 'speaker',
      createdAt,
    } as unknown as Attribution);
  }
  private bump(collections: CollectionName[], touchedQuote: string | null, label: string): void {
    for (const c of collections) this.revisions[c] += 1;
    if (collections.includes('quotes')) this.touched.push(touchedQuote ? [touchedQuote] : []);
    this.revisions.changes += 1;
    this.undo = label;
  }

  /** Marks a quote in `documentId` spoken by a new source; returns the quote's id. */
  markQuote(documentId: string, speaker: string): string {
    this.next += 1;
    const id = `new${this.next}`;
    this.addSource(`s-${id}`, speaker);
    this.putQuote(id, documentId, 100 + this.next, `s-${id}`);
    this.bump(['quotes', 'attributions', 'sources'], id, 'Mark quote');
    return id;
  }
  deleteQuote(id: string): void {
    this.quotes.delete(id);
    this.attributions.delete(`at-${id}`);
    this.bump(['quotes', 'attributions'], id, 'Delete quote');
  }
  /** Renames every source and moves every revision, as a service does when its quick-open head
   * turns out stale once the whole workspace has loaded. */
  renameAll(name: string): void {
    for (const [id, source] of this.sources) this.sources.set(id, { ...source, name });
    for (const c of COLLECTIONS) this.revisions[c] += 1;
    this.touched.push([]);
  }
  grade(sourceId: string, grade: string): void {
    this.grades.set(sourceId, grade);
    this.bump(['assessments'], null, 'Add grade');
  }

  list(documentId?: string): { quotes: Quote[]; attributions: Attribution[] } {
    const quotes = [...this.quotes.values()]
      .filter((q) => documentId === undefined || q.documentId === documentId)
      .sort(compareListedQuotes);
    const ids = new Set(quotes.map((q) => q.id));
    return {
      quotes,
      attributions: [...this.attributions.values()]
        .filter((a) => ids.has(a.quoteId))
        .sort(compareListedAttributions),
    };
  }

  /** Every source, or those credited with a quote in one article. */
  private credited(documentId: string | undefined): Source[] {
    if (documentId === undefined) return [...this.sources.values()];
    const ids = new Set(this.list(documentId).attributions.map((a) => a.sourceId));
    return [...this.sources.values()].filter((s) => ids.has(s.id));
  }

  private answer(channel: string, input: HeldCall['input']) {
    switch (channel) {
      case 'workspace.info':
        return { notices: this.notices };
      case 'workspace.revisions':
        return { ...this.revisions };
      case 'history.state':
        return { undo: this.undo ? { label: this.undo } : null, redo: null };
      case 'documents.list':
        return ARTICLES.map((id) => ({ id, title: id }));
      case 'documents.get':
        return { id: input?.id, title: input?.id, text: 'Text.', blocks: [] };
      case 'sources.list':
        return [...this.sources.values()];
      case 'sources.table':
        return this.credited(input?.documentId).map((source) => ({
          source,
          currentGrade: this.grades.get(source.id) ?? null,
        }));
      case 'quotes.list':
        return this.list(input?.documentId);
      case 'quotes.changes': {
        const ids = new Set(this.touched.slice((input?.since?.quotes ?? 0) + 1).flat());
        const now = this.list();
        return {
          delta: {
            quotes: now.quotes.filter((q) => ids.has(q.id)),
            removedQuotes: [...ids].filter((id) => !this.quotes.has(id)),
            attributions: now.attributions.filter((a) => ids.has(a.quoteId)),
            removedAttributions: [...ids]
              .filter((id) => !this.quotes.has(id))
              .map((id) => `at-${id}`),
          },
        };
      }
      default:
        // annotations, tags and claims: none in this workspace.
        return [];
    }
  }

  /** The bridge's invoke: answers now, and delivers later if the call is held. */
  invoke = async (channel: string, input?: HeldCall['input']) => {
    this.calls.push(channel);
    const value = structuredClone(this.answer(channel, input));
    if (this.holdIf(channel, input, this.calls.length)) {
      await new Promise<void>((release) => this.held.push({ channel, input, release }));
    }
    return { ok: true, value };
  };

  /** Releases the held call at `index` (of those still held). */
  release(index = 0): HeldCall {
    const [call] = this.held.splice(index, 1);
    if (!call) throw new Error('Nothing held.');
    call.release();
    return call;
  }
}

/** Whether this is a call for the whole quote list (not one article's quotes). */
export const wholeQuoteList = (channel: string, input: HeldCall['input']): boolean =>
  channel === 'quotes.list' && input?.documentId === undefined;
