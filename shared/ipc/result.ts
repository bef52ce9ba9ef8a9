// The shape every IPC call resolves to, and the error codes a caller can act on. Free of zod:
// Electron's main process imports it before it has loaded the service (and zod with it).

export const ERROR_CODES = [
  'invalid_input',
  'unknown_channel',
  'not_found',
  'conflict',
  'storage_failed',
  'workspace_unavailable',
  /** The analyst cancelled a long operation; nothing was changed or saved. */
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface WorkbenchErrorInfo {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: WorkbenchErrorInfo };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/** Thrown inside handlers for expected failures; the dispatcher turns it into a Result. */
export class WorkbenchError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WorkbenchError';
  }
}
