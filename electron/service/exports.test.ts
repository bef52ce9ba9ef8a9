// Exports through the service: the live preview, saving through the shell (and a cancelled save
// dialog), cancelling a running job, and a bundle handed to a colleague's workspace.
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { closeTestWorkbenches, memoryShell, openTestWorkbench } from './test-support';

afterEach(closeTestWorkbenches);

const WITKOFF = '“There are referendums within these territories that justify these actions.”';

async function withQuotes() {
  const shell = memoryShell();
  const t = await openTestWorkbench('exports', shell);
  const witkoff = await t.person('Steve Witkoff');
  const { quote } = await t.mark(WITKOFF, { sourceId: witkoff.id });
  await t.mark('has done a lot of evil.', { newSource: { kind: 'person', name: '@SUM(1+1)' } });
  return { ...t, shell, witkoff, quote };
}

describe('exports', () => {
  it('previews the sheet with its groups, columns and context', async () => {
    const { call } = await withQuotes();
    const preview = await call('exports.preview', { options: { groupBy: 'source' }, limit: 1 });
    expect(preview.total).toBe(2);
    expect(preview.columns[0]).toEqual({ id: 'quote', label: 'Quote' });
    expect(preview.groups.map((g) => [g.label, g.count, g.rows.length])).toEqual([
      ['@SUM(1+1)', 1, 1],
      ['Steve Witkoff', 1, 0],
    ]);
    expect(preview.groups[0]?.rows[0]?.context).toContain('has done a lot of evil.');
  });

  it('saves a CSV through the shell that any spreadsheet reads back, formulas defused', async () => {
    const { call, shell } = await withQuotes();
    const result = await call('exports.save', {
      jobId: 'j1',
      format: 'csv',
      options: { title: 'Riyadh briefing', groupBy: 'none' },
    });
    expect(result).toMatchObject({ path: '/exports/riyadh-briefing-2026-01-01.csv', rows: 2 });
    const bytes = shell.saved.get('riyadh-briefing-2026-01-01.csv')!;
    expect(result.bytes).toBe(bytes.length);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header?.slice(0, 3)).toEqual(['Quote', 'Speaker', 'Speaker grade']);
    const speakers = rows.map((r) => r[1]);
    expect(speakers).toContain('Steve Witkoff');
    expect(speakers).toContain("'@SUM(1+1)");
    expect(await call('exports.progress', { jobId: 'j1' })).toBeNull();
  });

  it('reports a cancelled save dialog as nothing saved', async () => {
    const { call, shell } = await withQuotes();
    shell.cancelSave = true;
    const result = await call('exports.save', { jobId: 'j2', format: 'xlsx', options: {} });
    expect(result.path).toBeNull();
    expect(shell.saved.size).toBe(0);
  });

  it('cancels a running export and saves nothing', async () => {
    const { wb, call, shell } = await withQuotes();
    const running = wb.dispatch('exports.save', { jobId: 'j3', format: 'xlsx', options: {} });
    expect(await call('exports.cancel', { jobId: 'j3' })).toEqual({ cancelled: true });
    const result = await running;
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(shell.saved.size).toBe(0);
    expect(await call('exports.cancel', { jobId: 'j3' })).toEqual({ cancelled: false });
  });

  it('streams a CSV into the file being saved, and a cancel while it streams saves nothing', async () => {
    const { wb, call, shell } = await withQuotes();
    const save = shell.saveFile;
    let phase: unknown = null;
    shell.saveFile = async (name, content, filters) => {
      // Written only once the dialog has a path.
      if (typeof content !== 'function') throw new Error('A CSV should be streamed.');
      return save(
        name,
        async (write) => {
          await content(async (chunk) => {
            phase = (await call('exports.progress', { jobId: 'j4' }))?.phase;
            expect(await call('exports.cancel', { jobId: 'j4' })).toEqual({ cancelled: true });
            await write(chunk);
          });
        },
        filters,
      );
    };
    const result = await wb.dispatch('exports.save', { jobId: 'j4', format: 'csv', options: {} });
    expect(phase).toBe('writing');
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(shell.saved.size).toBe(0);
  });

  it('exports interchange files: Web Annotations and ClaimReview', async () => {
    const { call, shell, quote } = await withQuotes();
    const claim = await call('claims.create', { from: { kind: 'quote', quoteId: quote.id } });
    await call('claims.addEvidence', {
      claimId: claim.id,
      stance: 'refutes',
      target: { kind: 'reference', title: 'UN GA resolution ES-11/4', url: '' },
    });
    await call('claims.update', { id: claim.id, status: 'disputed' });
    await call('exports.save', { jobId: 'w', format: 'web-annotation', options: {} });
    await call('exports.save', { jobId: 'c', format: 'claim-review', options: {} });
    const json = (name: string) =>
      JSON.parse(new TextDecoder().decode([...shell.saved].find(([n]) => n.startsWith(name))![1]));
    expect(json('annotations')).toMatchObject({ type: 'AnnotationCollection' });
    const [review] = json('claim-reviews') as { reviewRating: { alternateName: string } }[];
    expect(review?.reviewRating.alternateName).toBe('Disputed');
  });

  it('hands a bundle to a colleague, whose import adds it once and undoes in one step', async () => {
    const { call, shell } = await withQuotes();
    const out = await call('bundle.export');
    expect(out.path).toMatch(/^\/exports\/workspace-2026-01-01\.awbundle\.json$/);
    const bytes = [...shell.saved.values()][0]!;

    const colleague = memoryShell();
    const other = await openTestWorkbench('exports-colleague', colleague);
    expect(await other.call('bundle.import')).toBeNull();
    colleague.nextOpen = bytes;
    const report = await other.call('bundle.import');
    expect(report?.added.quotes).toBe(2);
    expect(report?.added.sources).toBe(2);
    expect((await other.call('quotes.list')).quotes).toHaveLength(2);
    const again = await other.call('bundle.import');
    expect(again?.added.quotes).toBe(0);
    // The second import added nothing, so one undo takes back the whole first import.
    await other.call('history.undo');
    expect((await other.call('quotes.list')).quotes).toHaveLength(0);

    colleague.nextOpen = new TextEncoder().encode('{"not": "a bundle"}');
    const refused = await other.refuse('bundle.import', undefined);
    expect(refused.code).toBe('invalid_input');
    expect(refused.message).toMatch(/colleague\.awbundle\.json/);
  });
});
