// Re-importing a changed article through the service: spans re-anchor with their method and
// score, low-confidence and lost spans wait for review, the old text is kept, and it all undoes.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../shared/domain/annotations';
import type { Quote, WorkbenchDocument } from '../../shared/domain/schema';
import type { Result } from '../../shared/ipc/result';
import { createWorkbench } from './workbench';
import type { Workbench } from './workbench';

const RESOURCES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../resources');
let wb: Workbench | undefined;
afterEach(async () => {
  await wb?.close();
  wb = undefined;
});

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const WITKOFF = '“There are referendums within these territories that justify these actions.”';
const PESKOV = 'Mr. Putin had personally selected negotiators for the talks';
const BUDANOV = 'has done a lot of evil.';

async function setup() {
  wb = await createWorkbench({
    dataDir: await mkdtemp(path.join(os.tmpdir(), 'versions-')),
    resourcesDir: RESOURCES,
  });
  const [summary] = value(await wb.dispatch('documents.list', undefined)) as { id: string }[];
  const doc = value(await wb.dispatch('documents.get', { id: summary!.id })) as WorkbenchDocument;
  const mark = async (exact: string) => {
    const start = doc.text.indexOf(exact);
    return (
      value(
        await wb!.dispatch('quotes.create', {
          documentId: doc.id,
          position: { start, end: start + exact.length },
          kind: 'direct',
          speaker: { newSource: { kind: 'person', name: `Speaker ${start}` } },
        }),
      ) as { quote: Quote }
    ).quote;
  };
  return { wb, doc, mark };
}

describe('documents.importVersion', () => {
  it('re-anchors moved, retyped and lost spans and queues the doubtful ones for review', async () => {
    const { wb, doc, mark } = await setup();
    const witkoff = await mark(WITKOFF);
    const peskov = await mark(PESKOV);
    const budanov = await mark(BUDANOV);
    const start = doc.text.indexOf('Unlike previous');
    const highlight = value(
      await wb.dispatch('annotations.create', {
        documentId: doc.id,
        position: { start, end: start + 40 },
      }),
    ) as Annotation;

    // The new version: an update line on top, straight quotes instead of curly ones, a typo in
    // Peskov's sentence, and Budanov's paragraph removed.
    const edited = `UPDATE: This article was revised.\n\n${doc.text}`
      .replace(/[“”]/g, '"')
      .replace('personally selected negotiators', 'personaly selected negotiators')
      .replace(/In 2023, Kyrylo Budanov[^\n]*\n\n/, '');
    const result = value(
      await wb.dispatch('documents.importVersion', { documentId: doc.id, text: edited }),
    ) as {
      anchored: number;
      uncertain: number;
      orphaned: number;
      document: { versionCount: number; reviewCount: number };
    };
    expect(result.orphaned).toBe(1);
    expect(result.anchored + result.uncertain).toBe(3);
    expect(result.document.versionCount).toBe(2);
    expect(result.document.reviewCount).toBe(result.uncertain + 1);

    const after = value(await wb.dispatch('documents.get', { id: doc.id })) as WorkbenchDocument;
    expect(after.previousVersions.map((v) => v.text)).toEqual([doc.text]);
    const { quotes } = value(await wb.dispatch('quotes.list', { documentId: doc.id })) as {
      quotes: Quote[];
    };
    const byId = new Map(quotes.map((q) => [q.id, q]));

    // Typographic differences cost nothing: found exactly, full confidence, no review.
    const w = byId.get(witkoff.id)!;
    expect(after.text.slice(w.selector.position.start, w.selector.position.end)).toBe(
      WITKOFF.replace(/[“”]/g, '"'),
    );
    expect(w.anchor).toMatchObject({ needsReview: false, previousExact: WITKOFF });
    expect(w.anchor!.score).toBeGreaterThanOrEqual(0.99);

    // The typo is matched approximately, with a score below 1.
    const p = byId.get(peskov.id)!;
    expect(p.anchor?.method).toBe('fuzzy');
    expect(p.anchor!.score).toBeLessThan(1);
    expect(p.anchor!.needsReview).toBe(true);
    expect(after.text.slice(p.selector.position.start, p.selector.position.end)).toContain(
      'personaly selected',
    );

    // The deleted paragraph's quote is kept, orphaned, waiting for review.
    expect(byId.get(budanov.id)?.anchor).toMatchObject({
      method: 'orphaned',
      needsReview: true,
      score: 0,
    });

    const [h] = value(
      await wb.dispatch('annotations.list', { documentId: doc.id }),
    ) as Annotation[];
    expect(h!.id).toBe(highlight.id);
    expect(after.text.slice(h!.selector.position.start, h!.selector.position.end)).toBe(
      highlight.selector.quote.exact,
    );

    // Review: re-attach the orphan to a selection, or remove it; accepting an orphan is refused.
    expect(
      await wb.dispatch('anchors.review', {
        action: 'accept',
        collection: 'quotes',
        id: budanov.id,
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const at = after.text.indexOf('Mr. Beseda');
    value(
      await wb.dispatch('anchors.review', {
        action: 'reattach',
        collection: 'quotes',
        id: budanov.id,
        position: { start: at, end: at + 10 },
      }),
    );
    const reattached = (
      value(await wb.dispatch('quotes.list', { documentId: doc.id })) as { quotes: Quote[] }
    ).quotes.find((q) => q.id === budanov.id);
    expect(reattached?.anchor).toMatchObject({
      method: 'manual',
      needsReview: false,
      previousExact: BUDANOV,
    });
    expect(reattached?.selector.quote.exact).toBe('Mr. Beseda');

    // Undo twice: the re-attach, then the whole import; the original text and spans return.
    value(await wb.dispatch('history.undo', undefined));
    value(await wb.dispatch('history.undo', undefined));
    const restored = value(await wb.dispatch('documents.get', { id: doc.id })) as WorkbenchDocument;
    expect(restored.text).toBe(doc.text);
    expect(restored.previousVersions).toEqual([]);
    const back = value(await wb.dispatch('quotes.list', { documentId: doc.id })) as {
      quotes: Quote[];
    };
    expect(back.quotes.find((q) => q.id === witkoff.id)?.selector).toEqual(witkoff.selector);
  });

  it('refuses an identical or empty version', async () => {
    const { wb, doc } = await setup();
    expect(
      await wb.dispatch('documents.importVersion', { documentId: doc.id, text: doc.text }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(
      await wb.dispatch('documents.importVersion', { documentId: doc.id, text: ' \n ' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });
});
