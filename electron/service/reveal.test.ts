// "Show in folder": the service reveals a file only when its own save wrote that exact path this
// session; anything else (a path never saved, a look-alike, a cancelled save) is refused and the
// desktop is never asked.
import { afterEach, describe, expect, it } from 'vitest';
import { closeTestWorkbenches, memoryShell, openTestWorkbench } from './test-support';

afterEach(closeTestWorkbenches);

async function withRecordingShell() {
  const shell = memoryShell();
  const revealed: string[] = [];
  shell.showInFolder = async (file) => {
    revealed.push(file);
  };
  const t = await openTestWorkbench('reveal', shell);
  await t.mark('Riyadh', { newSource: { kind: 'person', name: 'Steve Witkoff' } });
  return { ...t, shell, revealed };
}

describe('shell.showInFolder', () => {
  it('reveals a file the workbench saved this session', async () => {
    const { call, revealed } = await withRecordingShell();
    const saved = await call('exports.save', { jobId: 'r1', format: 'csv', options: {} });
    expect(saved.path).toMatch(/^\/exports\/.+\.csv$/);
    await call('shell.showInFolder', { path: saved.path! });
    expect(revealed).toEqual([saved.path]);
  });

  it('refuses paths it did not save, look-alikes included, without asking the desktop', async () => {
    const { call, refuse, revealed, shell } = await withRecordingShell();
    const saved = await call('exports.save', { jobId: 'r2', format: 'csv', options: {} });
    const file = saved.path!;
    for (const path of [
      '/etc/passwd',
      `${file}/..`,
      `/exports/../exports/${file.slice(9)}`,
      ` ${file}`,
    ]) {
      expect((await refuse('shell.showInFolder', { path })).code).toBe('not_found');
    }
    shell.cancelSave = true;
    const cancelled = await call('exports.save', { jobId: 'r3', format: 'csv', options: {} });
    expect(cancelled.path).toBeNull();
    expect((await refuse('shell.showInFolder', { path: '' })).code).toBe('invalid_input');
    expect(revealed).toEqual([]);
  });

  it('answers clearly when the shell cannot show files', async () => {
    const shell = memoryShell();
    const t = await openTestWorkbench('reveal-none', shell);
    await t.mark('Riyadh', { newSource: { kind: 'person', name: 'Steve Witkoff' } });
    const saved = await t.call('exports.save', { jobId: 'r4', format: 'csv', options: {} });
    const error = await t.refuse('shell.showInFolder', { path: saved.path! });
    expect(error).toEqual({ code: 'not_found', message: 'Showing files is not available here.' });
  });
});
