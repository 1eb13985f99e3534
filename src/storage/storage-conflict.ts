import { AppError } from '../errors/app-error';

/** The error every Storage backend throws when an eTag condition fails. */
export function storageConflict(key: string, expectedEtag: string | null): AppError {
  return new AppError('storageConflict', {
    details: { key, expected: expectedEtag === null ? 'absent' : 'etag-match' },
  });
}
