import { AppError, isAppError } from '../errors/app-error';

/** The error every Storage backend throws when an eTag condition fails. */
export function storageConflict(key: string, expectedEtag: string | null): AppError {
  return new AppError('storageConflict', {
    details: { key, expected: expectedEtag === null ? 'absent' : 'etag-match' },
  });
}

/** True for the error a failed eTag condition throws (`storageConflict`). */
export function isStorageConflict(error: unknown): boolean {
  return isAppError(error) && error.code === 'storageConflict';
}

/** A conditional write or delete: its result, or `lost` when another writer moved first (the eTag condition failed). */
export async function unlessConflict<T, L>(work: () => Promise<T>, lost: L): Promise<T | L> {
  try {
    return await work();
  } catch (error: unknown) {
    if (isStorageConflict(error)) return lost;
    throw error;
  }
}
