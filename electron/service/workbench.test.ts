// The service through its dispatcher, as the renderer reaches it: contract validation, typed
// errors, and that a rejected call changes nothing on disk.
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { createWorkbench } from './workbench';
import type { Workbench } from './workbench';

const RESOURCES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../resources');
let open: Workbench[] = [];

async function launch(dataDir?: string) {
  const dir = dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'svc-')));
  let n = 0;
  const wb = await createWorkbench({
    dataDir: dir,
    resourcesDir: RESOURCES,
    now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, n)),
    newId: () => `id-${++n}`,
  });
  open.push(wb);
  return { wb, dir };
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function snapshotFiles(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of await readdir(dir)) {
    if (name.endsWith('.lock')) continue;
    out[name] = await readFile(path.join(dir, name), 'utf8');
  }
  return out;
}

afterEach(async () => {
  await Promise.all(open.map((wb) => wb.close()));
  open = [];
});

describe('workbench service', () => {
  it('seeds the sample article on first run, with headings', async () => {
    const { wb } = await launch();
    const docs = value(await wb.dispatch('documents.list', undefined)) as {
      id: string;
      title: string;
    }[];
    expect(docs.map((d) => d.title)).toEqual(['Riyadh ceasefire talks']);
    const doc = value(await wb.dispatch('documents.get', { id: docs[0]!.id })) as {
      text: string;
      blocks: { kind: string; start: number; end: number }[];
    };
    const headings = doc.blocks
      .filter((b) => b.kind === 'heading')
      .map((b) => doc.text.slice(b.start, b.end));
    expect(headings).toEqual([
      'The Russian delegation',
      'The Ukrainian delegation',
      'Moscow’s position',
      'Kyiv’s position',
      'What’s next?',
    ]);
  });

  it('creates a quote with a new source and computes selectors from the stored text', async () => {
    const { wb } = await launch();
    const [doc] = value(await wb.dispatch('documents.list', undefined)) as { id: string }[];
    const full = value(await wb.dispatch('documents.get', { id: doc!.id })) as { text: string };
    const exact = '“There are referendums within these territories that justify these actions.”';
    const start = full.text.indexOf(exact);
    // Whitespace around the selection is trimmed away.
    const created = value(
      await wb.dispatch('quotes.create', {
        documentId: doc!.id,
        position: { start: start - 1, end: start + exact.length + 1 },
        kind: 'direct',
        cue: 'told Fox News',
        speaker: {
          newSource: { kind: 'person', name: 'Steve  Witkoff', role: 'U.S. special envoy' },
        },
      }),
    ) as { quote: { selector: unknown }; source: { name: string } };
    expect(created.source.name).toBe('Steve Witkoff');
    expect(created.quote.selector).toEqual({
      position: { start, end: start + exact.length },
      quote: {
        exact,
        prefix: full.text.slice(start - 32, start),
        suffix: full.text.slice(start + exact.length, start + exact.length + 32),
      },
    });
    // The same name again is refused, so the type-ahead never shows twins.
    const twin = await wb.dispatch('sources.create', { kind: 'person', name: 'steve witkoff' });
    expect(twin).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('rejects malformed input with typed errors and leaves the files untouched', async () => {
    const { wb, dir } = await launch();
    const [doc] = value(await wb.dispatch('documents.list', undefined)) as { id: string }[];
    const before = await snapshotFiles(dir);
    const bad: [unknown, unknown, string][] = [
      ['quotes.create', null, 'invalid_input'],
      ['quotes.create', { documentId: doc!.id }, 'invalid_input'],
      [
        'quotes.create',
        {
          documentId: doc!.id,
          position: { start: 3, end: 3 },
          kind: 'direct',
          speaker: { sourceId: 'x' },
        },
        'invalid_input',
      ],
      [
        'quotes.create',
        {
          documentId: doc!.id,
          position: { start: -1, end: 3 },
          kind: 'direct',
          speaker: { sourceId: 'x' },
        },
        'invalid_input',
      ],
      [
        'quotes.create',
        {
          documentId: doc!.id,
          position: { start: 0, end: 3.5 },
          kind: 'direct',
          speaker: { sourceId: 'x' },
        },
        'invalid_input',
      ],
      [
        'quotes.create',
        {
          documentId: doc!.id,
          position: { start: 0, end: 3 },
          kind: 'direct',
          speaker: { sourceId: 'x' },
          admin: true,
        },
        'invalid_input',
      ],
      [
        'quotes.create',
        {
          documentId: doc!.id,
          position: { start: 0, end: 3 },
          kind: 'direct',
          speaker: { sourceId: 'x' },
        },
        'not_found',
      ],
      [
        'quotes.create',
        {
          documentId: 'nope',
          position: { start: 0, end: 3 },
          kind: 'direct',
          speaker: { sourceId: 'x' },
        },
        'not_found',
      ],
      [
        'quotes.create',
        {
          documentId: doc!.id,
          position: { start: 1_000_000, end: 1_000_003 },
          kind: 'direct',
          speaker: { newSource: { kind: 'person', name: 'A' } },
        },
        'invalid_input',
      ],
      ['sources.create', { kind: 'wizard', name: 'Merlin' }, 'invalid_input'],
      ['sources.create', { kind: 'person', name: 'x'.repeat(301) }, 'invalid_input'],
      ['documents.importText', { text: '   \n\n  ' }, 'invalid_input'],
      ['documents.importText', { text: 42 }, 'invalid_input'],
      ['documents.get', { id: '' }, 'invalid_input'],
      ['quotes.delete', { id: 'missing' }, 'not_found'],
      ['__proto__', {}, 'unknown_channel'],
      ['constructor', {}, 'unknown_channel'],
      [42, {}, 'unknown_channel'],
    ];
    for (const [channel, input, code] of bad) {
      const result = await wb.dispatch(channel, input);
      expect(
        result.ok ? 'ok' : result.error.code,
        `${String(channel)} ${JSON.stringify(input)}`,
      ).toBe(code);
    }
    expect(await snapshotFiles(dir)).toEqual(before);
  });

  it('answers garbage on every channel with invalid_input and changes nothing', async () => {
    const { wb, dir } = await launch();
    const before = await snapshotFiles(dir);
    // None of these is a valid input anywhere: every object input is strict.
    const garbage: unknown[] = ['x', 42, [], { bogus: 1 }, JSON.parse('{"__proto__": {"a": 1}}')];
    for (const channel of CHANNELS) {
      for (const input of garbage) {
        const result = await wb.dispatch(channel, input);
        expect(result.ok ? 'ok' : result.error.code, `${channel} ${JSON.stringify(input)}`).toBe(
          'invalid_input',
        );
      }
    }
    expect(await snapshotFiles(dir)).toEqual(before);
  });

  it('refuses a duplicate import and keeps quotes after a reopen', async () => {
    const { wb, dir } = await launch();
    const imported = value(
      await wb.dispatch('documents.importText', {
        text: 'Hello.\n\nShe said “yes”.',
        fileName: 'note.txt',
      }),
    ) as { id: string; title: string };
    expect(imported.title).toBe('Note');
    const again = await wb.dispatch('documents.importText', {
      text: 'Hello.\r\n\r\nShe   said “yes”.',
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    value(
      await wb.dispatch('quotes.create', {
        documentId: imported.id,
        position: { start: 17, end: 22 },
        kind: 'partial',
        speaker: { newSource: { kind: 'anonymous', name: 'She' } },
      }),
    );
    await wb.close();
    open = [];
    const { wb: reopened } = await launch(dir);
    const listed = value(await reopened.dispatch('quotes.list', { documentId: imported.id })) as {
      quotes: { selector: { quote: { exact: string } } }[];
    };
    expect(listed.quotes.map((q) => q.selector.quote.exact)).toEqual(['“yes”']);
  });
});
