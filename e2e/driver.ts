// Small helpers the specs use to drive the workbench the way an analyst does.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The article reader. */
export const article = (page: Page): Locator => page.locator('article.article');

/** Waits until the workbench has opened an article. */
export async function waitForArticle(page: Page, title?: string | RegExp): Promise<void> {
  await expect(article(page)).toBeVisible();
  if (title) await expect(article(page).locator('h1')).toHaveText(title);
}

/**
 * Selects the first occurrence of `exact` in the article with a real DOM selection, as a mouse
 * drag would leave it (the text may span several highlight runs).
 */
export async function selectText(page: Page, exact: string): Promise<void> {
  const found = await page.evaluate((wanted) => {
    const root = document.querySelector('article.article');
    if (!root) return false;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let full = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if ((n.parentElement?.closest('[data-offset]') ?? null) === null) continue;
      nodes.push(n as Text);
      full += (n as Text).data;
    }
    const at = full.indexOf(wanted);
    if (at < 0) return false;
    const locate = (offset: number, preferEnd: boolean): [Text, number] => {
      let seen = 0;
      for (const node of nodes) {
        const len = node.data.length;
        if (offset < seen + len || (preferEnd && offset === seen + len))
          return [node, offset - seen];
        seen += len;
      }
      const last = nodes[nodes.length - 1]!;
      return [last, last.data.length];
    };
    const [startNode, startOffset] = locate(at, false);
    const [endNode, endOffset] = locate(at + wanted.length, true);
    const range = document.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return true;
  }, exact);
  expect(found, `text to select: ${exact}`).toBe(true);
}

export interface QuoteForm {
  kind?: 'Direct' | 'Partial' | 'Indirect (reported)' | 'Paraphrase';
  /** What to type in the speaker field. */
  speakerQuery: string;
  /** The option to choose: an existing source's name, or omitted to create `speakerQuery`. */
  pick?: string;
  newSource?: { kind?: string; role?: string };
  cue?: string;
  confidence?: 'Stated' | 'Inferred' | 'Uncertain';
  basis?: string;
}

/** Fills and saves the open mark-quote dialog. */
export async function fillQuoteDialog(page: Page, form: QuoteForm): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Mark quote' });
  await expect(dialog).toBeVisible();
  if (form.kind) await dialog.getByRole('radio', { name: form.kind, exact: true }).check();
  const speaker = dialog.getByRole('combobox', { name: 'Speaker' });
  await speaker.fill(form.speakerQuery);
  const option = form.pick
    ? dialog.getByRole('option', { name: new RegExp(`^${escapeRegExp(form.pick)}`) })
    : dialog.getByRole('option', { name: `Create source “${form.speakerQuery}”` });
  await option.click();
  if (form.newSource?.kind)
    await dialog.getByLabel('Source kind').selectOption({ label: form.newSource.kind });
  if (form.newSource?.role) await dialog.getByLabel('Role or title').fill(form.newSource.role);
  if (form.cue !== undefined) await dialog.getByLabel('Cue').fill(form.cue);
  if (form.confidence)
    await dialog.getByLabel('Confidence').selectOption({ label: form.confidence });
  if (form.basis) await dialog.getByLabel('Basis').fill(form.basis);
  await dialog.getByRole('button', { name: 'Save quote' }).click();
  await expect(dialog).toBeHidden();
}

/** The quotes table's body rows as arrays of cell texts. */
export async function tableRows(page: Page): Promise<string[][]> {
  const table = page.getByRole('grid', { name: 'Quotes table' });
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows
        .filter((row) => !row.querySelector('td.empty'))
        .map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Drops files from the disk on the window, as an analyst drags them from the file manager: real
 * drag events with a DataTransfer of File objects, and each File's path known to the bridge as
 * Electron knows it (webUtils.getPathForFile), so the service reads the file from disk itself.
 */
export async function dropFiles(page: Page, paths: readonly string[]): Promise<void> {
  const { readFile } = await import('node:fs/promises');
  const files = await Promise.all(
    paths.map(async (p) => ({
      path: p,
      name: p.replace(/^.*[\\/]/, ''),
      base64: (await readFile(p)).toString('base64'),
    })),
  );
  await page.evaluate((list) => {
    const register = (window as unknown as Record<string, (file: File, path: string) => void>)
      .__workbenchRegisterDroppedFile!;
    const transfer = new DataTransfer();
    for (const item of list) {
      const bytes = Uint8Array.from(atob(item.base64), (c) => c.charCodeAt(0));
      const file = new File([bytes], item.name);
      register(file, item.path);
      transfer.items.add(file);
    }
    const target = document.querySelector('main') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(
        new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }
  }, files);
}
