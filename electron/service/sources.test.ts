// Sources through the real service: name and alias uniqueness, editing, suggestions from a
// selection, merging (and undoing a merge exactly), deleting, and the page and table views.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/ipc/contract';
import { emptyWorkspace } from '../../shared/domain/workspace';
import { openStore } from '../store/store';
import { makeSource } from '../store/test-support';
import { createWorkbench } from './workbench';
import {
  RESOURCES,
  claimFixture,
  closeTestWorkbenches,
  openTestWorkbench,
  trackForClose,
} from './test-support';
import type { ClaimStatus } from '../../shared/domain/claims';

afterEach(closeTestWorkbenches);
const setup = () => openTestWorkbench('sources');

describe('source names and aliases', () => {
  it('refuses a name or alias another source uses, ignoring case and spacing', async () => {
    const { call, refuse, person } = await setup();
    const witkoff = await person('Steve Witkoff', ['Mr. Witkoff']);
    await person('Keith Kellogg');
    expect(await refuse('sources.create', { kind: 'person', name: 'MR.  witkoff' })).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('Steve Witkoff'),
    });
    expect(
      (await refuse('sources.create', { kind: 'person', name: 'X', aliases: ['steve witkoff'] }))
        .code,
    ).toBe('conflict');
    expect(
      (await refuse('sources.update', { id: witkoff.id, aliases: ['keith KELLOGG'] })).code,
    ).toBe('conflict');
    // Its own names are not a conflict.
    const renamed = await call('sources.update', {
      id: witkoff.id,
      name: 'Steven Witkoff',
      aliases: ['Steve Witkoff', 'steven witkoff', 'Mr. Witkoff', 'mr. witkoff'],
    });
    expect(renamed).toMatchObject({
      name: 'Steven Witkoff',
      aliases: ['Steve Witkoff', 'Mr. Witkoff'],
    });
  });

  it('edits fields, skips no-op saves, and undoes an edit', async () => {
    const { call, person } = await setup();
    const peskov = await person('Dmitri S. Peskov');
    const edited = await call('sources.update', {
      id: peskov.id,
      role: 'the Kremlin’s spokesman',
      notes: 'Speaks for Putin.',
      kind: 'government',
    });
    expect(edited).toMatchObject({
      role: 'the Kremlin’s spokesman',
      notes: 'Speaks for Putin.',
      kind: 'government',
    });
    expect((await call('history.state')).undo?.label).toBe('Edit source');
    const again = await call('sources.update', { id: peskov.id, role: 'the Kremlin’s spokesman' });
    expect(again).toEqual(edited);
    await call('history.undo');
    expect((await call('sources.list'))[0]).toEqual(peskov);
  });
});

describe('sources.fromSelection', () => {
  it('suggests name, role and kind, and points at an existing source', async () => {
    const { call, refuse, doc, span, person } = await setup();
    const position = span('Dmitri S. Peskov');
    expect(await call('sources.fromSelection', { documentId: doc.id, position })).toEqual({
      name: 'Dmitri S. Peskov',
      role: 'the Kremlin’s spokesman',
      kind: 'person',
      existingId: null,
    });
    const peskov = await person('Dmitri Peskov', ['Dmitri S. Peskov']);
    expect((await call('sources.fromSelection', { documentId: doc.id, position })).existingId).toBe(
      peskov.id,
    );
    const anonymous = await call('sources.fromSelection', {
      documentId: doc.id,
      position: span('A Ukrainian official'),
    });
    expect(anonymous.kind).toBe('anonymous');
    const end = doc.text.length;
    expect(
      (
        await refuse('sources.fromSelection', {
          documentId: doc.id,
          position: { start: end - 2, end: end + 5 },
        })
      ).code,
    ).toBe('invalid_input');
    expect((await refuse('sources.fromSelection', { documentId: 'nope', position })).code).toBe(
      'not_found',
    );
    expect(
      (await refuse('sources.fromSelection', { documentId: doc.id, position, extra: 1 })).code,
    ).toBe('invalid_input');
  });
});

describe('sources.merge', () => {
  it('moves attributions and grades, keeps names as aliases, and undoes exactly', async () => {
    const { call, refuse, mark, person, snapshot } = await setup();
    const putin = await person('Vladimir V. Putin');
    const mrPutin = await call('sources.update', {
      id: (await person('Mr. Putin', ['Putin'])).id,
      role: 'President of Russia',
      notes: 'Same man.',
    });
    const readout = await person('The Kremlin readout');
    await mark('the key condition for preventing an escalation', { sourceId: putin.id });
    const q2 = await mark('eliminate the root causes of the crisis', { sourceId: mrPutin.id });
    const q3 = await mark('likely', { sourceId: putin.id });
    await call('attributions.add', { quoteId: q3.quote.id, sourceId: mrPutin.id, role: 'speaker' });
    await call('attributions.add', { quoteId: q2.quote.id, sourceId: readout.id, role: 'conduit' });
    await call('assessments.add', {
      sourceId: mrPutin.id,
      grade: 'D',
      rationale: 'Often contradicted.',
      assessedOn: '2025-03-01',
    });
    const before = await snapshot();

    expect((await refuse('sources.merge', { keepId: putin.id, mergeId: putin.id })).code).toBe(
      'invalid_input',
    );
    expect((await refuse('sources.merge', { keepId: putin.id, mergeId: 'gone' })).code).toBe(
      'not_found',
    );
    const merged = await call('sources.merge', { keepId: putin.id, mergeId: mrPutin.id });
    expect(merged).toMatchObject({ movedAttributions: 2, movedAssessments: 1 });
    expect(merged.source).toMatchObject({
      name: 'Vladimir V. Putin',
      aliases: ['Mr. Putin', 'Putin'],
      role: 'President of Russia',
      notes: 'Same man.',
    });

    const after = await snapshot();
    const ids = new Set(after.sources.map((s) => s.id));
    expect(ids.has(mrPutin.id)).toBe(false);
    expect(after.attributions.every((a) => ids.has(a.sourceId))).toBe(true);
    expect(after.assessments.every((a) => a.sourceId === putin.id)).toBe(true);
    // q3 named both entries as speaker: one attribution remains.
    expect(after.attributions.filter((a) => a.quoteId === q3.quote.id)).toHaveLength(1);
    const detail = await call('sources.get', { id: putin.id });
    expect(detail.quotes).toHaveLength(3);
    expect(detail.assessments.map((a) => a.grade)).toEqual(['D']);

    expect((await call('history.undo')).label).toBe('Merge sources');
    expect(await snapshot()).toEqual(before);
    await call('history.redo');
    expect(await snapshot()).toEqual(after);
  });
});

describe('sources.delete', () => {
  it('refuses while attributions reference the source, saying how many', async () => {
    const { call, refuse, mark, person, snapshot } = await setup();
    const witkoff = await person('Steve Witkoff');
    const q1 = await mark('There is a view within the country of Russia', { sourceId: witkoff.id });
    await mark('There are referendums within these territories', { sourceId: witkoff.id });
    expect(await refuse('sources.delete', { id: witkoff.id })).toEqual({
      code: 'conflict',
      message: expect.stringContaining('2 attributions'),
    });
    const lonely = await person('Nobody Quoted');
    await call('assessments.add', { sourceId: lonely.id, grade: 'F', rationale: 'New.' });
    const before = await snapshot();
    await call('sources.delete', { id: lonely.id });
    const after = await snapshot();
    expect(after.sources.map((s) => s.name)).toEqual(['Steve Witkoff']);
    expect(after.assessments).toEqual([]);
    await call('history.undo');
    expect(await snapshot()).toEqual(before);
    await call('quotes.delete', { id: q1.quote.id });
    expect((await refuse('sources.delete', { id: witkoff.id })).message).toContain(
      '1 attribution;',
    );
  });
});

describe('sources.get and sources.table', () => {
  it('lists a source’s quotes across articles and its grade summary', async () => {
    const { call, mark, person } = await setup();
    const witkoff = await person('Steve Witkoff');
    const other = await call('documents.importText', {
      text: 'Mr. Witkoff said: “Talks went well.”',
      title: 'A second article',
    });
    const first = await mark('likely', { sourceId: witkoff.id });
    await call('quotes.setCredibility', { id: first.quote.id, credibility: 3 });
    const second = await call('quotes.create', {
      documentId: other.id,
      position: { start: 18, end: 36 },
      kind: 'direct',
      speaker: { sourceId: witkoff.id },
    });
    await call('assessments.add', {
      sourceId: witkoff.id,
      grade: 'C',
      rationale: 'Mixed record.',
      assessedOn: '2025-03-20',
    });
    await call('assessments.add', {
      sourceId: witkoff.id,
      grade: 'B',
      rationale: 'Earlier view.',
      assessedOn: '2025-01-05',
    });

    const detail = await call('sources.get', { id: witkoff.id });
    expect(detail.quotes.map((q) => [q.documentTitle, q.exact, q.role, q.credibility])).toEqual([
      ['A second article', '“Talks went well.”', 'speaker', null],
      ['Riyadh ceasefire talks', 'likely', 'speaker', 3],
    ]);
    expect(detail.quotes[0]).toMatchObject({
      documentId: other.id,
      quoteId: second.quote.id,
      kind: 'direct',
      confidence: 'stated',
    });
    expect(detail.assessments.map((a) => a.grade)).toEqual(['C', 'B']);
    expect(detail).toMatchObject({ claimCount: 0, suggested: null });

    const silent = await person('Keith Kellogg');
    expect(await call('sources.table')).toEqual([
      {
        source: silent,
        currentGrade: null,
        lastAssessed: null,
        quoteCount: 0,
        claimCount: 0,
        suggested: null,
      },
      {
        source: witkoff,
        currentGrade: 'C',
        lastAssessed: '2025-03-20',
        quoteCount: 2,
        claimCount: 0,
        suggested: null,
      },
    ]);
    // One article's rows: the sources credited in it, with their workspace-wide counts.
    const whole = await call('sources.table');
    const speaker = await person('Dmitry Peskov');
    const third = await call('quotes.create', {
      documentId: other.id,
      position: { start: 0, end: 11 },
      kind: 'indirect',
      speaker: { sourceId: speaker.id },
    });
    await call('attributions.add', {
      quoteId: third.quote.id,
      sourceId: silent.id,
      role: 'conduit',
    });
    const rows = await call('sources.table', { documentId: other.id });
    expect(rows.map((r) => r.source.name)).toEqual([
      'Dmitry Peskov',
      'Keith Kellogg',
      'Steve Witkoff',
    ]);
    expect(rows[2]).toEqual(whole[1]);
    expect(await call('sources.table', { documentId: second.quote.documentId })).toEqual(rows);
    expect(await call('sources.table', { documentId: 'd-unknown' })).toEqual([]);
  });
});

describe('claims naming a source', () => {
  it('counts them, suggests a grade, blocks deletion, and follows a merge', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'sources-claims-'));
    const seeded = await openStore({ dataDir, seed: () => emptyWorkspace('2025-01-01T00:00:00Z') });
    const claim = (id: string, claimantIds: string[], status: ClaimStatus) => ({
      op: 'put' as const,
      collection: 'claims' as const,
      value: claimFixture(id, claimantIds, status),
    });
    await seeded.store.commit([
      { op: 'put', collection: 'sources', value: makeSource('keep', 'Steve Witkoff') },
      { op: 'put', collection: 'sources', value: makeSource('dup', 'Mr. Witkoff') },
      claim('c1', ['dup'], 'verified'),
      claim('c2', ['keep', 'dup'], 'false'),
      claim('c3', ['dup'], 'verified'),
      claim('c4', ['dup'], 'verified'),
    ]);
    await seeded.store.close();
    const wb = await createWorkbench({ dataDir, resourcesDir: RESOURCES });
    trackForClose(wb);
    const call = async <C extends ChannelName>(channel: C, input?: ChannelInput<C>) => {
      const result = await wb.dispatch(channel, input);
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
      return result.value as ChannelOutput<C>;
    };
    const rows = async () =>
      Object.fromEntries(
        (await call('sources.table')).map((r) => [r.source.id, [r.claimCount, r.suggested]]),
      );
    expect(await rows()).toEqual({
      dup: [
        4,
        {
          grade: 'C',
          reason: '3 of 4 checked claims verified (75%); capped at C until 10 claims are checked',
        },
      ],
      keep: [1, { grade: 'F', reason: 'not enough checked claims to judge (1 of 3 needed)' }],
    });
    const refused = await wb.dispatch('sources.delete', { id: 'dup' });
    expect(refused.ok ? null : refused.error.message).toContain('claimant of 4 claims');

    await call('sources.merge', { keepId: 'keep', mergeId: 'dup' });
    expect(await rows()).toEqual({
      keep: [
        4,
        {
          grade: 'C',
          reason: '3 of 4 checked claims verified (75%); capped at C until 10 claims are checked',
        },
      ],
    });
    await call('history.undo');
    expect(Object.keys(await rows()).sort()).toEqual(['dup', 'keep']);
    expect((await rows())['keep']).toEqual([1, expect.anything()]);
  });
});
