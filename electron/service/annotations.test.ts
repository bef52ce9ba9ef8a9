// Highlights through the service: tags join the codebook on the fly, edits and deletes undo.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation, Tag } from '../../shared/domain/annotations';
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

async function setup() {
  wb = await createWorkbench({
    dataDir: await mkdtemp(path.join(os.tmpdir(), 'annotations-')),
    resourcesDir: RESOURCES,
  });
  const [doc] = value(await wb.dispatch('documents.list', undefined)) as { id: string }[];
  return { wb, documentId: doc!.id };
}

describe('annotations', () => {
  it('creates tags on the fly and reuses them without regard to case', async () => {
    const { wb, documentId } = await setup();
    const first = value(
      await wb.dispatch('annotations.create', {
        documentId,
        position: { start: 0, end: 30 },
        tags: ['Territorial', 'Kremlin talking point', 'territorial'],
        note: 'Check the framing',
      }),
    ) as Annotation;
    const second = value(
      await wb.dispatch('annotations.create', {
        documentId,
        position: { start: 10, end: 50 },
        color: 'green',
        tags: ['TERRITORIAL'],
      }),
    ) as Annotation;
    const tags = value(await wb.dispatch('tags.list', undefined)) as Tag[];
    expect(tags.map((t) => t.name)).toEqual(['Kremlin talking point', 'Territorial']);
    expect(first.tagIds).toHaveLength(2);
    expect(second.tagIds).toEqual([first.tagIds[0]]);
    // Overlapping highlights both exist, in text order.
    const listed = value(await wb.dispatch('annotations.list', { documentId })) as Annotation[];
    expect(listed.map((a) => [a.id, a.color])).toEqual([
      [first.id, 'yellow'],
      [second.id, 'green'],
    ]);
  });

  it('edits a note and undoes a delete', async () => {
    const { wb, documentId } = await setup();
    const made = value(
      await wb.dispatch('annotations.create', { documentId, position: { start: 0, end: 30 } }),
    ) as Annotation;
    const edited = value(
      await wb.dispatch('annotations.update', { id: made.id, note: 'Source?' }),
    ) as Annotation;
    expect(edited.note).toBe('Source?');
    expect(value(await wb.dispatch('history.state', undefined))).toMatchObject({
      undo: { label: 'Edit note' },
    });
    value(await wb.dispatch('annotations.delete', { id: made.id }));
    expect(value(await wb.dispatch('annotations.list', { documentId }))).toEqual([]);
    value(await wb.dispatch('history.undo', undefined));
    expect(value(await wb.dispatch('annotations.list', { documentId }))).toEqual([edited]);
  });

  it('refuses an empty or whitespace selection and a missing highlight', async () => {
    const { wb, documentId } = await setup();
    const text = value(await wb.dispatch('documents.get', { id: documentId })) as { text: string };
    const gap = text.text.indexOf('\n\n');
    expect(
      await wb.dispatch('annotations.create', {
        documentId,
        position: { start: gap, end: gap + 2 },
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await wb.dispatch('annotations.update', { id: 'nope', note: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(
      await wb.dispatch('annotations.create', {
        documentId,
        position: { start: 0, end: 5 },
        color: 'red',
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
