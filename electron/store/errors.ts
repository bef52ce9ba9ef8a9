// Errors of opening a workspace. StoreOpenError reaches the user (the app shows its message);
// DataCorruptError stays inside the store, which answers it by moving the damaged files aside.

export type StoreOpenErrorCode =
  /** Another process (or this one) has the workspace open. */
  | 'locked'
  /** Written by a newer version of the app; the files were left untouched. */
  | 'newer_schema'
  /** An older file could not be upgraded; the files were left untouched. */
  | 'migration_failed'
  /** The files could not be read at all (permissions, I/O error); nothing was changed. */
  | 'unreadable'
  /** Opening needed a write (first run, upgrade, moving a damaged file aside) that failed. */
  | 'write_failed';

export class StoreOpenError extends Error {
  constructor(
    readonly code: StoreOpenErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreOpenError';
  }
}

/**
 * Whether `error` is a StoreOpenError, by its name and code rather than by class: Electron's main
 * process gets the service's errors from service.cjs, a bundle apart with its own copy of the class.
 */
export function isStoreOpenError(error: unknown): error is StoreOpenError {
  return (
    error instanceof Error &&
    error.name === 'StoreOpenError' &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}

/** The snapshot or journal holds data that is not a valid workspace. */
export class DataCorruptError extends Error {
  constructor(
    readonly file: 'snapshot' | 'journal',
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'DataCorruptError';
  }
}

export function newerSchemaError(found: number, supported: number): StoreOpenError {
  return new StoreOpenError(
    'newer_schema',
    `This workspace was written by a newer version of Attribution Workbench (schema ${found}; ` +
      `this version reads up to ${supported}). Update the app; the file was not changed.`,
  );
}
