import { describe, expect, it } from 'vitest';
import { readTimingLines, startupTiming, TIMING_PREFIX } from './startup-timing';

describe('startup timing', () => {
  it('writes nothing unless WORKBENCH_TIMING=1', () => {
    const lines: string[] = [];
    for (const env of [{}, { WORKBENCH_TIMING: '0' }, { WORKBENCH_TIMING: 'yes' }]) {
      startupTiming(
        env,
        (line) => lines.push(line),
        () => 5,
      ).mark('window');
    }
    expect(lines).toEqual([]);
  });

  it('writes each mark once, with the time since start, and reads them back in order', () => {
    let t = 10;
    let out = 'Electron says hello\n';
    const timing = startupTiming(
      { WORKBENCH_TIMING: '1' },
      (line) => (out += line),
      () => (t += 12.34),
    );
    timing.mark('main');
    timing.mark('window');
    timing.mark('main');
    out += '[workbench] Could not do something\n';
    timing.mark('first-answer');
    expect(out).toBe(
      'Electron says hello\n' +
        `${TIMING_PREFIX} main 22.3\n${TIMING_PREFIX} window 34.7\n` +
        '[workbench] Could not do something\n' +
        `${TIMING_PREFIX} first-answer 47.0\n`,
    );
    expect([...readTimingLines(out)]).toEqual([
      ['main', 22.3],
      ['window', 34.7],
      ['first-answer', 47],
    ]);
  });

  it('skips damaged and repeated lines when reading', () => {
    const text = [
      `${TIMING_PREFIX} main`,
      `${TIMING_PREFIX} window soon`,
      `${TIMING_PREFIX} ready 80.5`,
      `${TIMING_PREFIX} ready 99`,
      `x ${TIMING_PREFIX} late 1`,
    ].join('\n');
    expect([...readTimingLines(text)]).toEqual([['ready', 80.5]]);
  });
});
