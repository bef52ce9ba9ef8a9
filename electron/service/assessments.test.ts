// Grades through the real service: a source's Admiralty grade history (validation, ordering,
// the current grade) and a quote's credibility, each edit undoable.
import { afterEach, describe, expect, it } from 'vitest';
import { closeTestWorkbenches, openTestWorkbench } from './test-support';
import { localDate } from './assessments';

afterEach(closeTestWorkbenches);
const setup = () => openTestWorkbench('assessments');

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
