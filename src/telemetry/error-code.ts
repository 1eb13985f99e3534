import { isAppError } from '../errors/app-error';

/** What a failure is called in telemetry: the AppError code, else the error's name (never its message). */
export function errorCode(error: unknown): string {
  if (isAppError(error)) return error.code;
  return error instanceof Error ? error.name : 'unknown';
}
