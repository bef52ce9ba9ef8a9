// The REFI-QDA channels through the real service: export through the save dialog, import into a
// colleague's fresh workspace as one undo step, cancel, and a hostile file refused by name.
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { closeTestWorkbenches, memoryShell, openTestWorkbench } from './test-support';

afterEach(closeTestWorkbenches);

const WITKOFF = 'There are referendums within these territories that justify these actions.';

describe('REFI-QDA project exchange', () => {
  it('exports the workspace and imports it elsewhere in one undo step', async () => {
    const shell = memoryShell();
    const mine = await openTestWorkbench('qdpx-mine', shell);
    const witkoff = await mine.person('Steve Witkoff');
    const { quote } = await mine.mark(WITKOFF, { sourceId: witkoff.id });
    const claim = await mine.call('claims.create', { from: { kind: 'quote', quoteId: quote.id } });
    await mine.call('claims.addEvidence', {
      claimId: claim.id,
      stance: 'refutes',
      target: { kind: 'reference', title: 'UN GA resolution ES-11/4', url: '' },
    });
    await mine.call('claims.update', { id: claim.id, status: 'disputed' });
    const out = await mine.call('interchange.exportQdpx');
    expect(out).toMatchObject({ path: '/exports/workspace-2026-01-01.qdpx', articles: 1 });
    const bytes = shell.saved.get('workspace-2026-01-01.qdpx')!;

    const colleague = memoryShell();
    const theirs = await openTestWorkbench('qdpx-theirs', colleague);
    expect(await theirs.call('interchange.importQdpx')).toBeNull();
    colleague.nextOpen = bytes;
    const report = await theirs.call('interchange.importQdpx');
    // The sample is already there (same text), so the quote and claim join it.
    expect(report).toMatchObject({
      added: { documents: 0, quotes: 1, claims: 1, sources: 1 },
      skipped: [],
    });
    const { quotes, attributions } = await theirs.call('quotes.list');
    expect(quotes.map((q) => q.selector)).toEqual([quote.selector]);
    expect(attributions).toHaveLength(1);
    const claims = await theirs.call('claims.list');
    expect(claims.map((c) => [c.status, c.evidence.length])).toEqual([['disputed', 1]]);

    await theirs.call('history.undo');
    expect((await theirs.call('quotes.list')).quotes).toEqual([]);
    expect(await theirs.call('claims.list')).toEqual([]);
  });

  it('refuses a hostile archive with a message naming the file', async () => {
    const shell = memoryShell();
    const wb = await openTestWorkbench('qdpx-hostile', shell);
    shell.nextOpen = zipSync({ 'project.qde': strToU8('<x/>'), '../../evil.sh': strToU8('rm') });
    const error = await wb.refuse('interchange.importQdpx', undefined);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(
      /^colleague\.awbundle\.json is refused: .*climbs out of the archive/,
    );
  });
});
