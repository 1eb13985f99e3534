import { escapeCardText } from '../cards/escape-card-text';
import type { DirectoryUser, UserDirectory } from '../directory/user-directory';
import type { UserKey } from '../directory/user-key';
import { toAppError, type AppError } from '../errors/app-error';
import type { Logger } from '../logging/logger';

/** What the directory said about a user an administrator wants to exclude. */
export type ExclusionUserCheck =
  | { readonly kind: 'found'; readonly user: DirectoryUser }
  | { readonly kind: 'notFound' }
  /** The directory could not be asked; `why` says what failed and what to do, ready for chat. */
  | { readonly kind: 'unchecked'; readonly why: string };

/** Asks the directory; a failure is an answer too (`unchecked`, logged), never a silent "found" or "not found". */
export async function checkExclusionUser(directory: UserDirectory, key: UserKey, logger: Logger): Promise<ExclusionUserCheck> {
  try {
    const user = await directory.findUser(key);
    return user ? { kind: 'found', user } : { kind: 'notFound' };
  } catch (error) {
    const appError = toAppError(error);
    logger.warn('exclude user: the directory could not be checked', { code: appError.code, details: appError.details, error });
    return { kind: 'unchecked', why: uncheckedReason(appError) };
  }
}

const READ_USERS = 'the application permission **User.ReadBasic.All** (least privileged; **User.Read.All** also works) with admin consent';

/** Why the lookup failed, in the words an administrator can act on. */
export function uncheckedReason(error: AppError): string {
  const status = typeof error.details.status === 'number' ? error.details.status : undefined;
  const graphCode = typeof error.details.graphCode === 'string' && error.details.graphCode !== '' ? ` (${escapeCardText(error.details.graphCode, 60)})` : '';
  switch (error.code) {
    case 'graphForbidden':
      return status === 401
        ? `Microsoft Graph did not accept the bot's own sign-in (HTTP 401${graphCode}); check the app's credential.`
        : `Microsoft Graph refused to read users (HTTP ${status ?? 403}${graphCode}): the app needs ${READ_USERS}.`;
    case 'timeout':
      return 'Microsoft Graph did not answer in time.';
    case 'graphBusy':
      return 'Microsoft Graph is throttling the bot (HTTP 429); try again in a minute.';
    case 'graphUnavailable':
      return `Microsoft Graph is unavailable${status === undefined ? '' : ` (HTTP ${status}${graphCode})`}; try again in a minute.`;
    case 'notFound':
      return `Microsoft Graph answered 404${graphCode} without saying that the user does not exist.`;
    case 'tooManyRequests':
    case 'configuration':
      return error.message;
    default:
      return `Microsoft Graph answered with an error${status === undefined ? '' : ` (HTTP ${status}${graphCode})`}.`;
  }
}
