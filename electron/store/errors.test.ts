import { describe, expect, it } from 'vitest';
import { DataCorruptError, isStoreOpenError, StoreOpenError } from './errors';

describe('isStoreOpenError', () => {
  it('knows a StoreOpenError, and one from another copy of the class', () => {
    expect(isStoreOpenError(new StoreOpenError('locked', 'Open elsewhere'))).toBe(true);
    // What main.cjs sees from service.cjs: the same shape, another class object.
    class StoreOpenErrorCopy extends Error {
      readonly code = 'locked';
      override name = 'StoreOpenError';
    }
    expect(isStoreOpenError(new StoreOpenErrorCopy('Open elsewhere'))).toBe(true);
  });

  it('refuses other errors and non-errors', () => {
    expect(isStoreOpenError(new DataCorruptError('journal', 'bad line'))).toBe(false);
    expect(isStoreOpenError(new Error('StoreOpenError'))).toBe(false);
    expect(isStoreOpenError({ name: 'StoreOpenError', code: 'locked', message: 'x' })).toBe(false);
    const nameOnly = new Error('x');
    nameOnly.name = 'StoreOpenError';
    expect(isStoreOpenError(nameOnly)).toBe(false);
    expect(isStoreOpenError(null)).toBe(false);
  });
});
