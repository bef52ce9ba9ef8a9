// The loader behind the service's lazily loaded parts: one load shared by every caller,
// tried again after a failure.
import { describe, expect, it } from 'vitest';
import { lazily } from './lazy';

describe('lazily', () => {
  it('loads once and hands every caller the same module', async () => {
    let loads = 0;
    const load = lazily(async () => ({ n: ++loads }));
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toBe(b);
    expect(await load()).toBe(a);
    expect(loads).toBe(1);
  });

  it('tries again after a failed load instead of repeating its error', async () => {
    let loads = 0;
    const load = lazily(async () => {
      loads += 1;
      if (loads === 1) throw new Error('missing file');
      return 'module';
    });
    await expect(load()).rejects.toThrow('missing file');
    expect(await load()).toBe('module');
    expect(await load()).toBe('module');
    expect(loads).toBe(2);
  });
});
