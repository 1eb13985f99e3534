import { ERROR_CATALOGUE, type ErrorCode } from './error-codes';

export interface AppErrorOptions {
  /** The message shown to the user; defaults to the catalogue's text for the code. */
  readonly userMessage?: string;
  /** Extra structured details for logs (never secrets). */
  readonly details?: Readonly<Record<string, unknown>>;
  readonly cause?: unknown;
}

/** The one error type the app throws on purpose. `message` is always safe to show to a user. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, options: AppErrorOptions = {}) {
    super(options.userMessage ?? ERROR_CATALOGUE[code], { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options.details ?? {};
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Any thrown value as an AppError: app errors pass through, anything else becomes `internal`. */
export function toAppError(error: unknown): AppError {
  return isAppError(error) ? error : new AppError('internal', { cause: error });
}
