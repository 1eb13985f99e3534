import { AppError } from '../../errors/app-error';
import { continuesPath } from './arm-list';

/** A `nextLink` as an opaque cursor (base64url), so card data carries no URL a user could bend. */
export function encodeArmCursor(nextLink: string): string {
  return Buffer.from(nextLink, 'utf8').toString('base64url');
}

/** The nextLink back, accepted only when it continues `incidentsPath` (same path, any query). */
export function decodeArmCursor(cursor: string, incidentsPath: string): string {
  const link = /^[A-Za-z0-9_-]{1,4000}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!URL.canParse(link) || !continuesPath(link, incidentsPath)) {
    throw new AppError('invalidId', { userMessage: 'That page of incidents is not valid any more; open the alert again.' });
  }
  return link;
}
