import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeTestWorkbenches, memoryShell, openTestWorkbench, RESOURCES } from './test-support';

afterEach(closeTestWorkbenches);

let dir: string;
let sampleText: string;
const file = (name: string) => path.join(dir, name);

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Envoy meets ministers | The Sample Times</title>
<meta property="og:site_name" content="The Sample Times">
<meta property="article:published_time" content="2025-03-20T09:00:00Z">
<link rel="canonical" href="https://example.com/envoy.html">
</head><body><article><h1>Envoy meets ministers</h1><p class="byline">By Jane Doe</p>
<p>The envoy met the ministers on Thursday, officials said, and the talks went on for hours.</p>
<p>“We made progress,” the envoy told reporters after the meeting in the capital.</p>
<p>Another round is expected next week, according to two people familiar with the plans.</p>
</article></body></html>`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'imports-'));
  sampleText = await readFile(path.join(RESOURCES, 'sample', 'riyadh-ceasefire-talks.txt'), 'utf8');
  await writeFile(file('envoy.html'), PAGE);
  await writeFile(
    file('notes.md'),
    '# Field notes\n\nThe minister **said** the plan was ready.\n\n> “It is ready,” she said.\n\n- first point\n- second point\n',
  );
  await writeFile(file('plain.txt'), 'A short report.\n\nIt has two paragraphs that say little.');
  await writeFile(file('copy-of-sample.txt'), sampleText);
  await writeFile(file('binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]));
  await writeFile(file('sheet.xlsx'), 'PK');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('documents.import', () => {
  it('imports a batch of files by path as one undoable edit, with duplicates and failures reported', async () => {
    const t = await openTestWorkbench('imports-batch');
    const report = await t.call('documents.import', {
      jobId: 'job-1',
      source: {
        kind: 'paths',
        paths: [
          file('envoy.html'),
          file('notes.md'),
          file('plain.txt'),
          file('copy-of-sample.txt'),
          file('plain.txt'),
          file('binary.txt'),
          file('sheet.xlsx'),
          file('missing.txt'),
        ],
      },
    });
    expect(report).not.toBeNull();
    expect(report!.imported.map((i) => [i.fileName, i.format])).toEqual([
      ['envoy.html', 'html'],
      ['notes.md', 'markdown'],
      ['plain.txt', 'text'],
    ]);
    // The sample is already in the workspace; plain.txt came twice in the batch.
    expect(report!.duplicates.map((d) => [d.fileName, d.existingId])).toEqual([
      ['copy-of-sample.txt', t.doc.id],
      ['plain.txt', report!.imported[2]!.id],
    ]);
    expect(report!.failed.map((f) => [f.fileName, f.code])).toEqual([
      ['binary.txt', 'unsupported'],
      ['sheet.xlsx', 'unsupported'],
      ['missing.txt', 'unsupported'],
    ]);
    expect(report!.failed[2]!.message).toMatch(/no longer exists/);

    const envoy = await t.call('documents.get', { id: report!.imported[0]!.id });
    expect(envoy).toMatchObject({
      title: 'Envoy meets ministers',
      outlet: 'The Sample Times',
      authors: ['Jane Doe'],
      publishedAt: '2025-03-20',
      url: 'https://example.com/envoy.html',
      language: 'en',
      format: 'html',
    });
    expect(envoy.text.startsWith('The envoy met the ministers')).toBe(true);
    const notes = await t.call('documents.get', { id: report!.imported[1]!.id });
    expect(notes.title).toBe('Field notes');
    expect(notes.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'quote',
      'list-item',
      'list-item',
    ]);

    expect((await t.call('history.state')).undo?.label).toBe('Import 3 articles');
    await t.call('history.undo');
    expect((await t.call('documents.list')).map((d) => d.id)).toEqual([t.doc.id]);
  });

  it('reads the files the open dialog picked, and does nothing when it is cancelled', async () => {
    const shell = memoryShell();
    const t = await openTestWorkbench('imports-dialog', shell);
    expect(await t.call('documents.import', { jobId: 'j', source: { kind: 'dialog' } })).toBeNull();
    shell.nextImport = [file('envoy.html')];
    const report = await t.call('documents.import', { jobId: 'j', source: { kind: 'dialog' } });
    expect(report!.imported.map((i) => i.title)).toEqual(['Envoy meets ministers']);
  });

  it('imports files handed over as bytes, and pasted web content through the web-page path', async () => {
    const t = await openTestWorkbench('imports-bytes');
    const bytes = await t.call('documents.import', {
      jobId: 'b',
      source: {
        kind: 'files',
        files: [{ name: 'envoy.htm', base64: Buffer.from(PAGE).toString('base64') }],
      },
    });
    expect(bytes!.imported[0]).toMatchObject({ title: 'Envoy meets ministers', format: 'html' });

    const pasted = await t.call('documents.import', {
      jobId: 'p',
      source: {
        kind: 'paste',
        html: '<h2>Ceasefire holds</h2><p>The ceasefire held overnight, the ministry said on Friday morning.</p><ul><li>No strikes reported</li></ul>',
        text: 'Ceasefire holds\nThe ceasefire held overnight, the ministry said on Friday morning.\nNo strikes reported',
      },
    });
    const doc = await t.call('documents.get', { id: pasted!.imported[0]!.id });
    expect(doc).toMatchObject({ title: 'Ceasefire holds', format: 'paste', fileName: '' });
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'list-item']);

    const plain = await t.call('documents.import', {
      jobId: 'q',
      source: { kind: 'paste', html: '', text: 'Only plain text here.\n\nTwo paragraphs of it.' },
    });
    expect(plain!.imported).toHaveLength(1);
  });

  it('refuses malformed sources at the boundary and reports progress only while a job runs', async () => {
    const t = await openTestWorkbench('imports-bad');
    expect(
      (await t.refuse('documents.import', { jobId: 'x', source: { kind: 'paths', paths: [] } }))
        .code,
    ).toBe('invalid_input');
    expect(
      (await t.refuse('documents.import', { jobId: '../x', source: { kind: 'dialog' } })).code,
    ).toBe('invalid_input');
    expect(
      (
        await t.refuse('documents.import', {
          jobId: 'x',
          source: { kind: 'paths', paths: ['/etc'], extra: 1 },
        })
      ).code,
    ).toBe('invalid_input');
    expect(await t.call('documents.importProgress', { jobId: 'none' })).toBeNull();
    const relative = await t.call('documents.import', {
      jobId: 'r',
      source: { kind: 'paths', paths: ['notes.md', '/etc'] },
    });
    expect(relative!.failed.map((f) => f.code)).toEqual(['unsupported', 'unsupported']);
    expect(relative!.imported).toEqual([]);
    expect((await t.call('documents.list')).length).toBe(1);
  });
});
