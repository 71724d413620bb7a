/**
 * Typed NLU errors. Each carries a stable `code` the UI can switch on and a message
 * written for people (it names the file or the limit involved).
 */

/** Why an NLU operation failed. */
export type NluErrorCode =
  | 'model-missing'
  | 'model-corrupt'
  | 'backend-failed'
  | 'empty-text'
  | 'worker-crashed'
  /** The worker was ready but did not answer a request in time, twice (it was restarted in between). */
  | 'worker-timeout'
  | 'not-loaded'
  | 'internal';

/** An error with a machine-readable code; survives the worker boundary as `{code, message}`. */
export class NluError extends Error {
  readonly code: NluErrorCode;

  constructor(code: NluErrorCode, message: string) {
    super(message);
    this.name = 'NluError';
    this.code = code;
  }
}

/** Wraps anything thrown into an NluError, keeping an existing code. */
export function toNluError(err: unknown, fallback: NluErrorCode = 'internal'): NluError {
  if (err instanceof NluError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new NluError(fallback, message);
}
