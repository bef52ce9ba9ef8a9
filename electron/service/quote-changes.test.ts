// quotes.changes through the real service: a quote list read at some revisions, brought up to
// date with the delta since, equals the list read afresh, whatever edits, undos and redos came
// between (a property); and a revision the store no longer remembers asks for a full reload.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { applyQuoteDelta } from '../../shared/domain/quote-list';
import type { QuoteList } from '../../shared/domain/quote-list';
import { TOUCHED_HISTORY } from '../store/revisions';
import { closeTestWorkbenches, openTestWorkbench } from './test-support';

afterEach(closeTestWorkbenches);

type Step =
  | { op: 'mark'; at: number; length: number; speaker: number }
  | { op: 'addSpeaker'; quote: number; speaker: number }
  | { op: 'deleteQuote'; quote: number }
  | { op: 'deleteAttribution'; attribution: number }
  | { op: 'undo' }
  | { op: 'redo' }
  | { op: 'read' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    op: fc.constant('mark' as const),
    at: fc.nat({ max: 4_000 }),
    length: fc.integer({ min: 3, max: 40 }),
    speaker: fc.nat({ max: 3 }),
  }),
  fc.record({
    op: fc.constant('addSpeaker' as const),
    quote: fc.nat(),
    speaker: fc.nat({ max: 3 }),
  }),
  fc.record({ op: fc.constant('deleteQuote' as const), quote: fc.nat() }),
  fc.record({ op: fc.constant('deleteAttribution' as const), attribution: fc.nat() }),
  fc.constant({ op: 'undo' as const }),
  fc.constant({ op: 'redo' as const }),
  fc.constant({ op: 'read' as const }),
);

describe('quotes.changes', () => {
  it('brings a list read earlier up to date: the same list as a fresh read', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        const { wb, call, doc, person } = await openTestWorkbench('quote-changes');
        const speakers = [];
        for (const name of ['Ann', 'Bo', 'Cy', 'Di']) speakers.push(await person(name));
        // The list as a reader holds it, and the revisions it was read at.
        let held: QuoteList = await call('quotes.list');
        let at = await call('workspace.revisions');
        const catchUp = async () => {
          const now = await call('workspace.revisions');
          const { delta } = await call('quotes.changes', {
            since: { quotes: at.quotes, attributions: at.attributions },
          });
          expect(delta).not.toBeNull();
          held = applyQuoteDelta(held, delta!);
          at = now;
          expect(held).toEqual(await call('quotes.list'));
        };
        for (const s of steps) {
          const list = await call('quotes.list');
          if (s.op === 'mark') {
            const start = Math.min(s.at, doc.text.length - s.length);
            // Refused when the span is blank or taken: that changes nothing, as it should.
            // (Failures of these edits are part of the property: they must not break the delta.)
            await wb.dispatch('quotes.create', {
              documentId: doc.id,
              position: { start, end: start + s.length },
              kind: 'direct',
              speaker: { sourceId: speakers[s.speaker]!.id },
            });
          } else if (s.op === 'addSpeaker' && list.quotes.length > 0) {
            const quote = list.quotes[s.quote % list.quotes.length]!;
            await wb.dispatch('attributions.add', {
              quoteId: quote.id,
              sourceId: speakers[s.speaker]!.id,
            });
          } else if (s.op === 'deleteQuote' && list.quotes.length > 0) {
            await call('quotes.delete', { id: list.quotes[s.quote % list.quotes.length]!.id });
          } else if (s.op === 'deleteAttribution' && list.attributions.length > 0) {
            const a = list.attributions[s.attribution % list.attributions.length]!;
            await wb.dispatch('attributions.delete', { id: a.id });
          } else if (s.op === 'undo' || s.op === 'redo') {
            await wb.dispatch(s.op === 'undo' ? 'history.undo' : 'history.redo', undefined);
          } else if (s.op === 'read') {
            await catchUp();
          }
        }
        await catchUp();
        await closeTestWorkbenches();
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('asks for a full reload when the revision is older than it remembers, or unknown', async () => {
    const { call, mark, person } = await openTestWorkbench('quote-changes');
    const since = { quotes: 0, attributions: 0 };
    expect((await call('quotes.changes', { since })).delta).toEqual({
      quotes: [],
      removedQuotes: [],
      attributions: [],
      removedAttributions: [],
    });
    expect((await call('quotes.changes', { since: { quotes: 5, attributions: 0 } })).delta).toBe(
      null,
    );
    const ann = await person('Ann');
    const first = await mark('the key condition for preventing an escalation', {
      sourceId: ann.id,
    });
    const { delta } = await call('quotes.changes', { since });
    expect(delta?.quotes.map((q) => q.id)).toEqual([first.quote.id]);
    expect(delta?.attributions.map((a) => a.id)).toEqual([first.attribution.id]);
    // Enough edits to push the first revision out of what the store remembers.
    for (let i = 0; i <= TOUCHED_HISTORY; i += 1) {
      await call('quotes.delete', { id: first.quote.id });
      await call('history.undo');
    }
    expect((await call('quotes.changes', { since })).delta).toBe(null);
  }, 120_000);
});
