/** Closed set of error codes; surfaces map them to HTTP statuses, JSON-RPC errors and exit codes. */
export type RampartErrorCode =
  | 'POLICY_INVALID'
  | 'POLICY_UNREADABLE'
  | 'CONFIG_INVALID'
  | 'STORE_UNAVAILABLE'
  | 'STORE_CORRUPT'
  | 'KEY_MISSING'
  | 'KEY_INVALID'
  | 'AUDIT_CHAIN_BROKEN'
  | 'UPSTREAM_FAILED'
  | 'UPSTREAM_TIMEOUT'
  | 'REQUEST_INVALID'
  | 'REQUEST_TOO_LARGE'
  | 'UNAUTHORIZED'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'STAGE_FAILED'
  | 'STAGE_TIMEOUT'
  | 'SANDBOX_UNAVAILABLE'
  | 'SANDBOX_FAILED'
  | 'MODEL_INVALID'
  | 'INPUT_INVALID'
  | 'INTERNAL';

/** One problem at one location, e.g. `tools.send_email.args: must be an object`. */
export interface Problem {
  /** Dotted path (or `file:line:col`) of the offending location. */
  readonly path: string;
  readonly message: string;
}

/** The one error class Rampart throws; only bugs and misconfiguration throw. */
export class RampartError extends Error {
  override readonly name = 'RampartError';
  readonly code: RampartErrorCode;
  /** Every problem found, for errors that collect several (policy validation). */
  readonly problems: readonly Problem[];

  constructor(code: RampartErrorCode, message: string, options: { cause?: unknown; problems?: readonly Problem[] } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.problems = options.problems ?? [];
  }
}

/** True when the value is a RampartError, optionally with the given code. */
export function isRampartError(value: unknown, code?: RampartErrorCode): value is RampartError {
  return value instanceof RampartError && (code === undefined || value.code === code);
}

/** A one-line message for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
