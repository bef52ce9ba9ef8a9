// Render time of an article with 2,000 annotations in Chromium, through the e2e harness (the
// real renderer, service and data file): time from choosing the article until it is painted.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchWorkbench } from '../e2e/harness';
import { importBigArticle } from './big-article';

const SPANS = 2_000;
const RUNS = 7;

function stats(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(1)} ms, min ${sorted[0]!.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`;
}

export async function benchRender(): Promise<string[]> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bench-render-'));
  const { wb, doc } = await importBigArticle(dataDir);
  const length = doc.text.length;
  const stride = Math.floor(length / SPANS);
  for (let i = 0; i < SPANS; i++) {
    const start = i * stride;
    // Every fourth span is a quote-sized highlight that overlaps its neighbour, as real work does.
    const end = start + (i % 4 === 0 ? stride + 10 : Math.floor(stride * 0.6));
    const made = await wb.dispatch('annotations.create', {
      documentId: doc.id,
      position: { start, end: Math.min(end, length) },
      color: (['yellow', 'green', 'blue', 'pink'] as const)[i % 4],
    });
    if (!made.ok && made.error.code !== 'invalid_input') throw new Error(made.error.message);
  }
  await wb.close();

  const app = await launchWorkbench({ dataDir });
  try {
    const { page } = app;
    await page.locator('article.article h1').waitFor();
    const times: number[] = [];
    const totals: number[] = [];
    const panels: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      for (const title of ['Riyadh ceasefire talks', 'Big article']) {
        // No named helpers inside: tsx would wrap them in a __name() the page does not have.
        const ms = await page.evaluate(async (wanted) => {
          const button = [
            ...document.querySelectorAll<HTMLButtonElement>('nav[aria-label="Articles"] button'),
          ].find((b) => b.querySelector('.doc-title')?.textContent === wanted);
          if (!button) throw new Error(`no article ${wanted}`);
          performance.clearMarks('workbench:document-loaded');
          const t0 = performance.now();
          button.click();
          while (document.querySelector('article.article h1')?.textContent !== wanted)
            await new Promise((r) => requestAnimationFrame(r));
          await new Promise((r) => requestAnimationFrame(r));
          const end = performance.now();
          // Then until the side panel lists the article's annotations too.
          while (
            document.querySelectorAll('.annotation-list li').length <
            (wanted === 'Big article' ? 10 : 1)
          )
            await new Promise((r) => requestAnimationFrame(r));
          await new Promise((r) => requestAnimationFrame(r));
          const all = performance.now();
          const loaded =
            performance.getEntriesByName('workbench:document-loaded')[0]?.startTime ?? t0;
          return { total: end - t0, render: end - loaded, withPanel: all - loaded };
        }, title);
        if (title === 'Big article') {
          times.push(ms.render);
          panels.push(ms.withPanel);
          totals.push(ms.total);
        }
      }
    }
    const marks = await page.locator('article.article mark').count();
    const ipc = await page.evaluate(async (id) => {
      const t0 = performance.now();
      await window.workbench!.invoke('documents.get', { id });
      return performance.now() - t0;
    }, doc.id);
    return [
      `Render (Chromium, harness): article of ${(length / 1000).toFixed(0)} KB with ${SPANS} annotations (${marks} highlight runs)`,
      `  render (text loaded until painted), ${RUNS} runs: ${stats(times)}`,
      `  render including the side panel's list: ${stats(panels)}`,
      `  open (click until painted, with the documents.get round trip of ${ipc.toFixed(1)} ms): ${stats(totals)}`,
    ];
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
