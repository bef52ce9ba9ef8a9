import { describe, expect, it } from 'vitest';
import { enableCompileCache } from './compile-cache';

const STATUS = { FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 };

describe('enableCompileCache', () => {
  it('turns the cache on in the folder given', () => {
    const asked: string[] = [];
    const logged: string[] = [];
    const outcome = enableCompileCache(
      {
        enableCompileCache: (dir) => (asked.push(dir), { status: STATUS.ENABLED }),
        constants: { compileCacheStatus: STATUS },
      },
      '/data/compile-cache',
      {},
      (m) => logged.push(m),
    );
    expect([outcome, asked, logged]).toEqual(['enabled', ['/data/compile-cache'], []]);
  });

  it('goes on without it where Node lacks it, in an AppImage, or when Node refuses', () => {
    const logged: string[] = [];
    const log = (m: string) => logged.push(m);
    expect(enableCompileCache({}, '/c', {}, log)).toBe('unavailable');
    let called = false;
    const counting = {
      enableCompileCache: () => ((called = true), { status: STATUS.ENABLED }),
      constants: { compileCacheStatus: STATUS },
    };
    expect(enableCompileCache(counting, '/c', { APPIMAGE: '/tmp/x.AppImage' }, log)).toBe(
      'skipped',
    );
    expect(called).toBe(false);
    const refusing = {
      enableCompileCache: () => ({ status: STATUS.FAILED, message: 'EACCES: /c' }),
      constants: { compileCacheStatus: STATUS },
    };
    expect(enableCompileCache(refusing, '/c', {}, log)).toBe('failed');
    const throwing = {
      enableCompileCache: () => {
        throw new Error('boom');
      },
    };
    expect(enableCompileCache(throwing, '/c', {}, log)).toBe('failed');
    expect(logged).toEqual(['The code cache is off: EACCES: /c', 'The code cache is off: boom']);
  });
});
