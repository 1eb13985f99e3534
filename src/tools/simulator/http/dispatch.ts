import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../../../logging/logger';
import type { SimulatorState } from '../state/simulator-state';
import { applyFault } from './apply-fault';
import { checkCaller, type SimulatorIdentity } from './caller-check';
import { graphErrorBody } from './graph-error-body';
import { readBody } from './read-body';
import type { RequestContext } from './request-context';
import { splitPath, type Router } from './router';
import { SimError, badRequest, graphCodeForStatus, notFound } from './sim-error';
import { writeResponse, type SimResponse } from './sim-response';

export interface DispatchDeps {
  readonly state: SimulatorState;
  readonly router: Router;
  readonly logger: Logger;
  readonly baseUrl: () => string;
  /** Aborted when the simulator closes, to cut `slow` faults short. */
  readonly closing: AbortSignal;
  readonly controlPrefix: string;
  /** Called after every request, before the answer goes out (saves the tenant when it is kept in a file). */
  readonly saveTenant: () => void;
  /** Delegated access rules (tokens of the dev token issuer, simulated roles); none: every call is the app's. */
  readonly identity?: SimulatorIdentity;
}

interface RequestIds {
  readonly requestId: string;
  readonly clientRequestId?: string;
}

/** The node:http listener: every request gets a `request-id`, an answer, and never crashes the process. */
export function requestListener(deps: DispatchDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(deps, req, res).catch((error: unknown) => {
      deps.logger.error('simulator could not answer a request', { error });
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.writeHead(500);
      res.end();
    });
  };
}

async function handle(deps: DispatchDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const header = req.headers['client-request-id'];
  const ids: RequestIds = { requestId: randomUUID(), ...(typeof header === 'string' ? { clientRequestId: header.slice(0, 200) } : {}) };
  res.setHeader('request-id', ids.requestId);
  if (ids.clientRequestId !== undefined) res.setHeader('client-request-id', ids.clientRequestId);
  const method = (req.method ?? 'GET').toUpperCase();
  const rawUrl = req.url ?? '/';
  const check = checkCaller(deps.identity, req, method, rawUrl.split('?')[0] ?? '');
  const response = await produce(deps, req, method, rawUrl, ids, check.refusal)
    .catch((error: unknown) => errorResponse(deps.logger, error, ids, isArmPath(rawUrl)));
  saveTenant(deps);
  writeResponse(res, response);
  if (!rawUrl.toLowerCase().startsWith(deps.controlPrefix)) {
    deps.state.requests.add({ time: new Date().toISOString(), method, path: rawUrl, status: response.status, caller: check.caller, ...ids });
  }
  deps.logger.debug('request', { method, path: rawUrl, status: response.status, requestId: ids.requestId });
}

function saveTenant(deps: DispatchDeps): void {
  try {
    deps.saveTenant();
  } catch (error) {
    deps.logger.error('simulator could not save the tenant; a restart will start from the last saved state', { error });
  }
}

async function produce(
  deps: DispatchDeps, req: IncomingMessage, method: string, rawUrl: string, ids: RequestIds, refusal?: SimError,
): Promise<SimResponse> {
  const url = parseUrl(rawUrl);
  const segments = splitPath(url.pathname).map(decodeSegment);
  const bodyText = await readBody(req);
  const now = new Date();
  deps.state.settle(now.getTime());
  if (!url.pathname.toLowerCase().startsWith(deps.controlPrefix)) {
    const fault = deps.state.faults.takeRequestFault(method, rawUrl);
    if (fault) await applyFault(fault, deps.closing);
  }
  if (refusal) throw refusal;
  const limitHeaders = method === 'GET' && isArmPath(rawUrl) ? deps.state.armReadLimits.take(url.pathname, now.getTime()) : {};
  const match = deps.router.match(method, segments);
  if (match.kind === 'none') throw notFound(`Resource not found for the segment '${segments.at(-1) ?? '/'}'.`);
  if (match.kind === 'wrongMethod') {
    throw new SimError(405, 'notAllowed', `The HTTP method '${method}' is not allowed on this resource.`, { Allow: match.allowed.join(', ') });
  }
  const ctx: RequestContext = {
    method, path: `/${segments.join('/')}`, rawUrl, query: url.searchParams, params: match.params,
    baseUrl: deps.baseUrl(), requestId: ids.requestId, bodyText, now,
  };
  const response = await match.route.handle(ctx);
  return Object.keys(limitHeaders).length === 0 ? response : { ...response, headers: { ...response.headers, ...limitHeaders } };
}

function parseUrl(rawUrl: string): URL {
  try {
    if (!rawUrl.startsWith('/')) throw new Error('not origin-form');
    return new URL(`http://simulator.invalid${rawUrl}`);
  } catch {
    throw badRequest('The request URL is malformed.');
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw badRequest('The request URL has a malformed percent-encoding.');
  }
}

/** Resource Manager paths answer errors as `CloudError` (`{error:{code,message}}`) with `x-ms-request-id`. */
function isArmPath(rawUrl: string): boolean {
  return rawUrl.toLowerCase().startsWith('/subscriptions');
}

function errorResponse(logger: Logger, error: unknown, ids: RequestIds, arm: boolean): SimResponse {
  const known = error instanceof SimError;
  if (!known) logger.error('simulator handler failed', { error, requestId: ids.requestId });
  const status = known ? error.status : 500;
  const code = known ? error.code : graphCodeForStatus(500);
  const message = known ? error.message : 'An internal error occurred in the simulator.';
  if (arm) return { status, headers: { ...(known ? error.headers : {}), 'x-ms-request-id': ids.requestId }, body: { error: { code, message } } };
  return { status, headers: known ? error.headers : {}, body: graphErrorBody(code, message, ids.requestId, ids.clientRequestId) };
}
