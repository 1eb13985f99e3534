import { AppError } from '../../errors/app-error';
import { isOperationId } from '../ids';
import type { Operation, OperationHandle } from '../model';
import { resolveGraphLink } from './graph-links';
import type { GraphAnswer } from './graph-transport';

/**
 * The handle of a refresh from Graph's answer. Documented: 202 + `Location: …/operations/{id}`. Also
 * accepted (older docs, the metadata): 204/200 without `Location`, meaning there is nothing to poll.
 */
export function refreshHandleOf(answer: GraphAnswer, fallbackId: string, baseUrl: string): OperationHandle {
  const location = answer.headers.get('Location');
  if (!location) return { operationId: fallbackId, completed: true };
  const operationId = operationIdOfLocation(location, baseUrl);
  if (!operationId) {
    throw new AppError('graphUnavailable', {
      userMessage: 'Microsoft Graph started the refresh but returned an operation link this bot cannot follow.',
      details: { location: location.slice(0, 300) },
    });
  }
  return { operationId };
}

/**
 * `{baseUrl}/beta/identityGovernance/roleManagementAlerts/operations/{id}` → id (decoded, validated), or
 * null for any other origin or path. Only the id is used: the request path is rebuilt from it.
 */
export function operationIdOfLocation(location: string, baseUrl: string): string | null {
  const url = resolveGraphLink(location, baseUrl);
  if (!url || url.search !== '') return null;
  const match = /\/identityGovernance\/roleManagementAlerts\/operations\/([^/]+)$/.exec(url.pathname);
  if (!match?.[1]) return null;
  let id: string;
  try {
    id = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  return isOperationId(id) ? id : null;
}

/** What `getOperation` says about a refresh Graph already finished. */
export function completedOperation(handle: OperationHandle): Operation {
  return {
    id: handle.operationId, status: 'succeeded', createdDateTime: null, lastActionDateTime: null,
    resourceLocation: '', statusDetail: 'Completed when requested.',
  };
}
