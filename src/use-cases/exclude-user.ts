import { escapeCardText } from '../cards/escape-card-text';
import type { DirectoryUser } from '../directory/user-directory';
import { userKeyText, type UserKey } from '../directory/user-key';
import { closestNames } from '../routes/closest-names';
import { checkExclusionUser } from '../triage/exclusion-user-check';
import type { ExclusionRecord } from '../triage/exclusion-store';
import { actorOf } from '../triage/triage-actor';
import { directoryUserText } from '../triage/triage-text';
import { recordAudit } from './audited-write';
import type { Turn } from './turn';
import type { UseCaseDeps } from './use-case-deps';
import { textResult, type UseCaseResult } from './use-case-result';

/** The word after the user that excludes it although the directory could not be asked. */
export const UNCHECKED_FLAG = '--unchecked';

const EFFECT = 'their incidents never notify and are marked "Excluded (break-glass)" on cards.';

export interface UserExclusionRequest {
  readonly key: UserKey;
  readonly reason: string;
  /** The administrator typed `--unchecked`: if the directory cannot be asked, exclude the name as typed. */
  readonly unchecked: boolean;
}

/**
 * `exclude user`: the user is looked up in the directory first (Graph `GET /users/{id | upn}`) and the
 * exclusion keyed by the object id it gives, with the name and UPN, in the store and the audit entry. A user
 * the directory does not have excludes nothing. When the directory cannot be asked, nothing is excluded
 * unless the administrator repeats the command with `--unchecked`; such an exclusion is marked as unchecked.
 */
export async function excludeUser(deps: UseCaseDeps, turn: Turn, request: UserExclusionRequest): Promise<UseCaseResult> {
  const typed = escapeCardText(userKeyText(request.key), 200);
  const check = await checkExclusionUser(deps.triage.users, request.key, deps.logger);
  if (check.kind === 'found') return store(deps, turn, request, check.user);
  if (check.kind === 'notFound') return textResult(`The directory has no user ${typed}, so nobody was excluded.${didYouMean(deps, request.key)}`);
  if (request.unchecked) return store(deps, turn, request);
  return textResult(
    `Not excluded: I could not check ${typed} in the directory. ${check.why}\n` +
    `Fix that and try again, or, if you are sure of the name, type **exclude user ${typed} ${UNCHECKED_FLAG} ${escapeCardText(request.reason, 100)}** ` +
    'to exclude it without a check (listed as "not checked in the directory").',
  );
}

async function store(deps: UseCaseDeps, turn: Turn, request: UserExclusionRequest, user?: DirectoryUser): Promise<UseCaseResult> {
  const value = user?.id ?? userKeyText(request.key);
  const record: ExclusionRecord = {
    kind: 'user', value, reason: request.reason, by: actorOf(turn.user), at: new Date(deps.now()).toISOString(),
    ...(user ? { user: { displayName: user.displayName, userPrincipalName: user.userPrincipalName } } : { unchecked: true }),
  };
  const added = await deps.triage.exclusions.add(record);
  const who = user ? `${user.displayName} (${user.userPrincipalName}, id ${user.id})` : `${value} (not checked in the directory)`;
  const summary = `${added ? 'Excluded' : 'Updated the exclusion of'} user ${who}: ${record.reason}`;
  await recordAudit(deps, turn, { action: 'exclude', target: `user:${value}`, summary }, 'succeeded', added ? undefined : 'updated');
  const shown = user ? directoryUserText(user) : `${escapeCardText(value, 200)}, not checked in the directory,`;
  return textResult(`User ${shown} ${added ? 'excluded' : 'exclusion updated'}: ${EFFECT}`);
}

/** A close UPN among the people the cached alerts name (no Graph read), or nothing. */
function didYouMean(deps: UseCaseDeps, key: UserKey): string {
  if (key.kind !== 'upn') return '';
  const people = deps.alertCache.cached().flatMap((alert) => alert.incidents)
    .filter((incident) => incident.assigneeUserPrincipalName !== undefined);
  const [closest] = closestNames(key.upn, people, (incident) => [incident.assigneeUserPrincipalName ?? '']);
  if (!closest) return '';
  const name = escapeCardText(closest.assigneeDisplayName ?? '', 100);
  return ` Did you mean **${escapeCardText(closest.assigneeUserPrincipalName, 200)}**${name ? ` (${name})` : ''}?`;
}
