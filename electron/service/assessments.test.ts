// Grades through the real service: a source's Admiralty grade history (validation, ordering,
// the current grade) and a quote's credibility, each edit undoable.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/ipc/contract';
import type { WorkbenchErrorInfo } from '../../shared/ipc/result';
import { createWorkbench } from './workbench';
import type { Workbench } from './workbench';
import { localDate } from './assessments';

const RESOURCES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../resources');
let open: Workbench[] = [];
afterEach(async () => {
  await Promise.all(open.map((wb) => wb.close()));
  open = [];
});

async function setup() {
  let n = 0;
  const wb = await createWorkbench({
    dataDir: await mkdtemp(path.join(os.tmpdir(), 'assessments-')),
    resourcesDir: RESOURCES,
    now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, n)),
    newId: () => `id-${++n}`,
  });
  open.push(wb);
  const call = async <C extends ChannelName>(channel: C, input?: ChannelInput<C>) => {
    const result = await wb.dispatch(channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as ChannelOutput<C>;
  };
  const refuse = async (channel: ChannelName, input: unknown): Promise<WorkbenchErrorInfo> => {
    const result = await wb.dispatch(channel, input);
    if (result.ok) throw new Error(`${channel} should have failed`);
    return result.error;
  };
  const [summary] = await call('documents.list');
  const doc = await call('documents.get', { id: summary!.id });
  const span = (exact: string) => {
    const start = doc.text.indexOf(exact);
    if (start === -1) throw new Error(`not in the sample: ${exact}`);
    return { start, end: start + exact.length };
  };
  const mark = async (exact: string, speaker: ChannelInput<'quotes.create'>['speaker']) =>
    call('quotes.create', { documentId: doc.id, position: span(exact), kind: 'direct', speaker });
  const person = (name: string, aliases: string[] = []) =>
    call('sources.create', { kind: 'person', name, aliases });
  /** Everything a merge or delete may touch, in a stable order. */
  const snapshot = async () => {
    const sources = await call('sources.list');
    const { quotes, attributions } = await call('quotes.list');
    const details = await Promise.all(sources.map((s) => call('sources.get', { id: s.id })));
    const assessments = details.flatMap((d) => d.assessments);
    // Records are keyed by id; an undone delete re-inserts at the end, so compare by id.
    const byId = <T extends { id: string }>(list: T[]) =>
      [...list].sort((a, b) => a.id.localeCompare(b.id));
    return {
      sources: byId(sources),
      quotes: byId(quotes),
      attributions: byId(attributions),
      assessments: byId(assessments),
    };
  };
  return { wb, call, refuse, doc, span, mark, person, snapshot };
}

describe('assessments', () => {
  it('requires a rationale and a real date, and refuses unknown sources', async () => {
    const { refuse, person, call } = await setup();
    const s = await person('Steve Witkoff');
    for (const rationale of ['', '   \n ']) {
      expect(
        await refuse('assessments.add', { sourceId: s.id, grade: 'B', rationale }),
      ).toMatchObject({
        code: 'invalid_input',
        message: expect.stringContaining('rationale'),
      });
    }
    expect(
      (
        await refuse('assessments.add', {
          sourceId: s.id,
          grade: 'B',
          rationale: 'x',
          assessedOn: '2025-02-30',
        })
      ).code,
    ).toBe('invalid_input');
    expect(
      (
        await refuse('assessments.add', {
          sourceId: s.id,
          grade: 'B',
          rationale: 'x',
          assessedOn: '20/03/2025',
        })
      ).code,
    ).toBe('invalid_input');
    expect(
      (await refuse('assessments.add', { sourceId: s.id, grade: 'G', rationale: 'x' })).code,
    ).toBe('invalid_input');
    expect(
      (await refuse('assessments.add', { sourceId: 'gone', grade: 'B', rationale: 'x' })).code,
    ).toBe('not_found');
    expect((await refuse('assessments.list', { sourceId: 'gone' })).code).toBe('not_found');
    expect(await call('assessments.list', { sourceId: s.id })).toEqual([]);
  });

  it('defaults the date to today and lists newest first, then by when recorded', async () => {
    const { call, person } = await setup();
    const s = await person('Steve Witkoff');
    const today = await call('assessments.add', {
      sourceId: s.id,
      grade: 'C',
      rationale: ' Mixed. ',
    });
    expect(today).toMatchObject({
      assessedOn: localDate(new Date(today.createdAt)),
      rationale: 'Mixed.',
    });
    const old = await call('assessments.add', {
      sourceId: s.id,
      grade: 'A',
      rationale: 'Early.',
      assessedOn: '2024-05-01',
    });
    const sameDay1 = await call('assessments.add', {
      sourceId: s.id,
      grade: 'E',
      rationale: 'First.',
      assessedOn: '2025-03-01',
    });
    const sameDay2 = await call('assessments.add', {
      sourceId: s.id,
      grade: 'D',
      rationale: 'Revised.',
      assessedOn: '2025-03-01',
    });
    const list = await call('assessments.list', { sourceId: s.id });
    expect(list.map((a) => a.id)).toEqual([today.id, sameDay2.id, sameDay1.id, old.id]);
    const [row] = await call('sources.table');
    expect(row).toMatchObject({ currentGrade: 'C', lastAssessed: today.assessedOn });
  });

  it('deletes a grade and undoes the delete', async () => {
    const { call, refuse, person } = await setup();
    const s = await person('Steve Witkoff');
    const grade = await call('assessments.add', {
      sourceId: s.id,
      grade: 'B',
      rationale: 'Usually right.',
      assessedOn: '2025-03-01',
    });
    expect((await call('history.state')).undo?.label).toBe('Grade source');
    await call('assessments.delete', { id: grade.id });
    expect(await call('assessments.list', { sourceId: s.id })).toEqual([]);
    expect((await refuse('assessments.delete', { id: grade.id })).code).toBe('not_found');
    await call('history.undo');
    expect(await call('assessments.list', { sourceId: s.id })).toEqual([grade]);
  });
});

describe('quotes.setCredibility', () => {
  it('sets, clears and validates a quote’s credibility, undoably', async () => {
    const { call, refuse, mark } = await setup();
    const { quote } = await mark('likely', {
      newSource: { kind: 'person', name: 'Steve Witkoff' },
    });
    const graded = await call('quotes.setCredibility', { id: quote.id, credibility: 4 });
    expect(graded.credibility).toBe(4);
    expect((await call('history.state')).undo?.label).toBe('Grade credibility');
    for (const credibility of [0, 7, 2.5, '3']) {
      expect((await refuse('quotes.setCredibility', { id: quote.id, credibility })).code).toBe(
        'invalid_input',
      );
    }
    expect((await refuse('quotes.setCredibility', { id: 'gone', credibility: 1 })).code).toBe(
      'not_found',
    );
    expect(
      (await call('quotes.setCredibility', { id: quote.id, credibility: null })).credibility,
    ).toBeNull();
    await call('history.undo');
    expect((await call('quotes.list')).quotes[0]?.credibility).toBe(4);
  });
});
