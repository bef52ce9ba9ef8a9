// quote-sync against a model service: quotes are added, changed and deleted while refreshes ask
// for the whole list, a delta or the start-up's stand-in, and their answers land in any order.
// Whatever the order, the shown list is the service's list as of the newest answer applied (its
// covered part while only the stand-in is in), and after a last refresh it is the service's list.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Attribution, Quote } from '../../../shared/domain/schema';
import { compareListedAttributions, compareListedQuotes } from '../../../shared/domain/quote-list';
import type { QuoteList } from '../../../shared/domain/quote-list';
import { COLLECTIONS } from '../../../shared/domain/workspace';
import type { Revisions } from './refresh-plan';
import { acceptQuoteAnswer, quoteRequest } from './quote-sync';
import type { QuoteAnswer, QuoteListAt } from './quote-sync';

/** A quote with just what the list's order and the delta read. */
function quote(id: string, documentId: string, start: number, note = ''): Quote {
  return {
    id,
    documentId,
    selector: { position: { start, end: start + 5 } },
    note,
  } as unknown as Quote;
}
function attribution(quoteId: string, version: number): Attribution {
  return {
    id: `at-${quoteId}`,
    quoteId,
    createdAt: `2026-01-01T00:00:${String(version % 60).padStart(2, '0')}.000Z`,
  } as unknown as Attribution;
}

/** A service holding quotes (each with one attribution) with one counter, like the store's. */
class ModelService {
  version = 0;
  quotes = new Map<string, Quote>();
  attributions = new Map<string, Attribution>();
  /** Per version, the ids that edit touched. */
  touched: string[][] = [[]];
  private history: QuoteList[] = [];
  private next = 0;

  constructor(seed: Quote[]) {
    for (const q of seed) {
      this.quotes.set(q.id, q);
      this.attributions.set(`at-${q.id}`, attribution(q.id, 0));
    }
    this.history.push(this.list());
  }
  revisions(): Revisions {
    const r = Object.fromEntries(COLLECTIONS.map((c) => [c, 0])) as Record<string, number>;
    return { ...r, quotes: this.version, attributions: this.version } as Revisions;
  }
  list(): QuoteList {
    return {
      quotes: [...this.quotes.values()].sort(compareListedQuotes),
      attributions: [...this.attributions.values()]
        .filter((a) => this.quotes.has(a.quoteId))
        .sort(compareListedAttributions),
    };
  }
  /** The list as it was at `version`. */
  at(version: number): QuoteList {
    return this.history[version]!;
  }
  part(documentId: string): QuoteList {
    const all = this.list();
    const quotes = all.quotes.filter((q) => q.documentId === documentId);
    const ids = new Set(quotes.map((q) => q.id));
    return { quotes, attributions: all.attributions.filter((a) => ids.has(a.quoteId)) };
  }
  delta(since: number): QuoteAnswer {
    const ids = new Set(this.touched.slice(since + 1).flat());
    const present = [...ids].filter((id) => this.quotes.has(id));
    return {
      delta: {
        quotes: present.map((id) => this.quotes.get(id)!),
        removedQuotes: [...ids].filter((id) => !this.quotes.has(id)),
        attributions: present.map((id) => this.attributions.get(`at-${id}`)!),
        removedAttributions: [...ids].filter((id) => !this.quotes.has(id)).map((id) => `at-${id}`),
      },
    };
  }
  /** One edit: `kind` 0 adds a quote (to article a or b), 1 changes one, 2 deletes one. */
  edit(kind: number, pick: number): void {
    const ids = [...this.quotes.keys()];
    let id: string;
    this.version += 1;
    if (kind === 0 || ids.length === 0) {
      id = `n${(this.next += 1)}`;
      this.quotes.set(id, quote(id, pick % 2 ? 'b' : 'a', (pick % 50) * 10));
      this.attributions.set(`at-${id}`, attribution(id, this.version));
    } else {
      id = ids[pick % ids.length]!;
      if (kind === 1) this.quotes.set(id, { ...this.quotes.get(id)!, note: `v${this.version}` });
      else {
        this.quotes.delete(id);
        this.attributions.delete(`at-${id}`);
      }
    }
    this.touched.push([id]);
    this.history.push(this.list());
  }
}

const SEED = [quote('a1', 'a', 0), quote('a2', 'a', 40), quote('b1', 'b', 0), quote('b2', 'b', 80)];

interface Pending {
  ticket: number;
  revisions: Revisions;
  whole: boolean;
  answer: QuoteAnswer;
}

/** The renderer's side: the record, the shown list and the whole list on its way. */
class Window {
  at: QuoteListAt | undefined;
  shown: QuoteList = { quotes: [], attributions: [] };
  tickets = 0;
  wholeOnItsWay: number | null = null;
  /** The service version each applied answer's request saw, by ticket. */
  versions = new Map<number, number>();
  standInVersion = 0;

  constructor(private service: ModelService) {}

  /** The start: the stand-in for article a. */
  start(): Pending {
    const ticket = (this.tickets += 1);
    this.standInVersion = this.service.version;
    this.versions.set(ticket, this.service.version);
    return {
      ticket,
      revisions: this.service.revisions(),
      whole: false,
      answer: { part: this.service.part('a') },
    };
  }
  /** A refresh's request, answered as the service is now; null when it asks nothing. */
  request(tooFarBack: boolean): Pending | null {
    const ticket = (this.tickets += 1);
    const revisions = this.service.revisions();
    const moved = this.at?.revisions?.quotes !== revisions.quotes;
    const ask = quoteRequest(this.at, moved, this.wholeOnItsWay !== null);
    if (!ask) return null;
    this.versions.set(ticket, this.service.version);
    const whole = 'whole' in ask || tooFarBack;
    if ('whole' in ask) this.wholeOnItsWay = ticket;
    const answer =
      'whole' in ask || tooFarBack
        ? { list: this.service.list() }
        : this.service.delta(ask.changes.quotes);
    return { ticket, revisions, whole, answer };
  }
  land(p: Pending): void {
    if (this.wholeOnItsWay === p.ticket) this.wholeOnItsWay = null;
    const update = acceptQuoteAnswer(this.at, p.answer, p.ticket, p.revisions);
    if (!update) return;
    this.at = update.at;
    this.shown = update.apply(this.shown);
  }
}

/** What the shown list must be: the service's list as of the record's request (only the
 * stand-in's article and what changed since while partial). */
function expected(service: ModelService, w: Window): QuoteList {
  const version = w.versions.get(w.at!.ticket)!;
  const full = service.at(version);
  if (!w.at!.partial) return full;
  const changed = new Set(service.touched.slice(w.standInVersion + 1, version + 1).flat());
  const quotes = full.quotes.filter((q) => q.documentId === 'a' || changed.has(q.id));
  const ids = new Set(quotes.map((q) => q.id));
  return { quotes, attributions: full.attributions.filter((a) => ids.has(a.quoteId)) };
}

describe('acceptQuoteAnswer', () => {
  it('merges an edit made before the whole list lands, whichever answer lands first', () => {
    for (const wholeFirst of [true, false]) {
      const service = new ModelService(SEED);
      const w = new Window(service);
      w.land(w.start());
      expect(w.shown.quotes.map((q) => q.id)).toEqual(['a1', 'a2']);
      const whole = w.request(false)!;
      expect(whole.whole).toBe(true);
      service.edit(0, 2); // a new quote in article a
      service.edit(2, 2); // b1 deleted
      const delta = w.request(false)!;
      expect(delta.whole).toBe(false);
      if (wholeFirst) w.land(whole);
      w.land(delta);
      if (!wholeFirst) {
        // The stand-in with the edit merged in, before the whole list.
        expect(w.shown.quotes.map((q) => q.id)).toEqual(['a1', 'n1', 'a2']);
        w.land(whole);
      }
      expect(w.shown).toEqual(service.list());
      expect(w.at?.partial).toBe(false);
      expect(w.request(false)).toBeNull();
    }
  });

  it('asks for the whole list again when the one on its way failed', () => {
    const service = new ModelService(SEED);
    const w = new Window(service);
    w.land(w.start());
    expect(w.request(false)!.whole).toBe(true);
    // That call failed: it never lands, and its refresh, landing, says it is no longer on its way.
    w.wholeOnItsWay = null;
    const again = w.request(false)!;
    expect(again.whole).toBe(true);
    w.land(again);
    expect(w.shown).toEqual(service.list());
  });

  it('drops the stand-in when a whole list is already shown, and a delta onto nothing', () => {
    const service = new ModelService(SEED);
    const list = { list: service.list() };
    const at = acceptQuoteAnswer(undefined, list, 2, service.revisions())!.at;
    expect(acceptQuoteAnswer(at, { part: service.part('a') }, 1, service.revisions())).toBeNull();
    expect(acceptQuoteAnswer(undefined, service.delta(0), 1, service.revisions())).toBeNull();
    // An older whole list never replaces a newer one.
    expect(acceptQuoteAnswer(at, list, 1, service.revisions())).toBeNull();
  });

  it('in any order of edits, requests and landings, shows the service as of the newest answer', () => {
    const step = fc.oneof(
      fc.record({ op: fc.constant('edit' as const), kind: fc.nat(2), pick: fc.nat(99) }),
      fc.record({ op: fc.constant('request' as const), tooFarBack: fc.boolean() }),
      fc.record({ op: fc.constant('land' as const), pick: fc.nat(99) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.nat(99), (steps, startPick) => {
        const service = new ModelService(SEED);
        const w = new Window(service);
        const pending: Pending[] = [w.start()];
        // The stand-in may land late too, but the start asks for nothing else before it lands.
        const landOne = (pick: number) => {
          const [p] = pending.splice(pick % pending.length, 1);
          w.land(p!);
          if (w.at) expect(w.shown).toEqual(expected(service, w));
        };
        landOne(startPick);
        for (const s of steps) {
          if (s.op === 'edit') service.edit(s.kind, s.pick);
          else if (s.op === 'request') {
            const p = w.request(s.tooFarBack);
            if (p) pending.push(p);
          } else if (pending.length > 0) landOne(s.pick);
        }
        while (pending.length > 0) landOne(0);
        // Every edit was followed by a refresh in the app; one last one here.
        const last = w.request(false);
        if (last) w.land(last);
        const lastWhole = w.request(false);
        if (lastWhole) w.land(lastWhole);
        expect(w.at?.partial).toBe(false);
        expect(w.shown).toEqual(service.list());
      }),
      { numRuns: 500 },
    );
  });
});
