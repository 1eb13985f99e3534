import { ResponseType, type Client } from '@microsoft/microsoft-graph-client';
import { readJsonBody } from '../../http/json-body';
import type { Logger } from '../../logging/logger';
import { AsUser } from './graph-auth-middleware';
import type { ServiceAnswer, ServiceCall } from '../service-call';
import { mapGraphFailure, mapThrown } from './graph-error-mapper';
import { sdkPath } from './graph-links';
import { telemetry } from '../../telemetry/telemetry';

/** A Graph call: its `path` is relative to `{baseUrl}/beta/`, query included and already encoded. */
export type GraphCall = ServiceCall;
export type GraphAnswer = ServiceAnswer;

/** Sends one call through the Graph client (raw responses) and turns every failure into an AppError. */
export class GraphTransport {
  /** `asUserToken`: every call runs as that signed-in user (delegated), not as the app. Never logged. */
  constructor(private readonly client: Client, private readonly logger: Logger, private readonly asUserToken?: string) {}

  /** One Graph call in a `graph <operation>` span (method, operation and status: no path, no body). */
  send(call: GraphCall): Promise<GraphAnswer> {
    return telemetry().span(`graph ${call.operation}`, { 'graph.operation': call.operation, 'http.request.method': call.method }, () => this.sendNow(call));
  }

  private async sendNow(call: GraphCall): Promise<GraphAnswer> {
    const started = Date.now();
    const response = await this.fetch(call);
    const body = await readJsonBody(response).catch((error: unknown) => { throw mapThrown(error, call.operation); });
    const requestId = response.headers.get('request-id') ?? undefined;
    this.logger.debug('graph call', {
      operation: call.operation, method: call.method, path: call.path.split('?')[0], status: response.status,
      requestId, ms: Date.now() - started,
    });
    if (!response.ok) {
      throw mapGraphFailure({ status: response.status, body, requestId, operation: call.operation, badRequestCode: call.badRequestCode });
    }
    return { status: response.status, headers: response.headers, body };
  }

  private async fetch(call: GraphCall): Promise<Response> {
    const request = this.client.api(sdkPath(call.path)).responseType(ResponseType.RAW);
    if (this.asUserToken !== undefined) request.middlewareOptions([new AsUser(this.asUserToken)]);
    try {
      const sent: unknown = call.method === 'GET'
        ? await request.get()
        : call.method === 'POST' ? await request.post(call.body) : await request.patch(call.body);
      return sent as Response;
    } catch (error) {
      this.logger.warn('graph call failed', { operation: call.operation, method: call.method, error });
      throw mapThrown(error, call.operation);
    }
  }
}
