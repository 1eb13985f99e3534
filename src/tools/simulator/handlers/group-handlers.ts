import type { RequestContext } from '../http/request-context';
import { jsonBody } from '../http/request-context';
import { requireObject } from '../http/read-body';
import { badRequest } from '../http/sim-error';
import { json, type SimResponse } from '../http/sim-response';
import type { SimulatorState } from '../state/simulator-state';
import { isGuid } from '../../../pim/ids';

/** Graph accepts at most 20 group ids per checkMemberGroups call. */
const MAX_GROUP_IDS = 20;

/**
 * `POST /{v1.0|beta}/users/{userId}/checkMemberGroups` body `{ "groupIds": [...] }` →
 * `{ value: [the ids the user is a transitive member of] }`, from memberships set through the control API.
 */
export function checkMemberGroups(state: SimulatorState, ctx: RequestContext): SimResponse {
  const userId = ctx.params.userId ?? '';
  const shown = userId.slice(0, 80);
  if (!isGuid(userId)) throw badRequest(`Invalid user id '${shown}': expected a GUID.`);
  const body = requireObject(jsonBody(ctx));
  const groupIds = body.groupIds;
  if (!Array.isArray(groupIds) || groupIds.length === 0 || groupIds.length > MAX_GROUP_IDS) {
    throw badRequest(`'groupIds' must be an array of 1 to ${MAX_GROUP_IDS} group ids.`);
  }
  if (!groupIds.every(isGuid)) throw badRequest("Every entry of 'groupIds' must be a GUID.");
  const version = ctx.path.split('/')[1] ?? 'v1.0';
  return json({
    '@odata.context': `${ctx.baseUrl}/${version}/$metadata#Collection(Edm.String)`,
    value: state.groups.memberGroups(userId, groupIds),
  });
}
