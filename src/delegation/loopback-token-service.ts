import { AppError } from '../errors/app-error';
import type { SignInResource, UserTokenRequest, UserTokenService } from './user-token-service';

/**
 * The dev stack's loopback token service (DEV_TOKEN_SERVICE_URL, local mode only), standing in for the
 * Bot Framework token service of one OAuth connection (`connection=`, as the real service is keyed):
 * `POST /api/usertoken/exchange` (a Teams SSO token for a Graph or Resource Manager token),
 * `GET /api/usertoken/token` (the token of a user who signed in), `DELETE` of it (sign-out), `GET /api/signin/resource`.
 */
export class LoopbackTokenService implements UserTokenService {
  constructor(private readonly baseUrl: string, private readonly connectionName: string) {}

  async token(request: UserTokenRequest): Promise<string | undefined> {
    const user = `${encodeURIComponent(request.aadObjectId ?? '')}&connection=${encodeURIComponent(this.connectionName)}`;
    const response = request.ssoToken === undefined
      ? await this.call(`/api/usertoken/token?user=${user}`, { method: 'GET' })
      : await this.call(`/api/usertoken/exchange?user=${user}`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: request.ssoToken }),
      });
    if (response.status === 404 || response.status === 400 || response.status === 412) return undefined;
    const body = await this.json(response) as { token?: unknown };
    return typeof body.token === 'string' ? body.token : undefined;
  }

  async signInResource(request: UserTokenRequest): Promise<SignInResource> {
    const query = `user=${encodeURIComponent(request.aadObjectId ?? '')}&connection=${encodeURIComponent(this.connectionName)}`;
    const response = await this.call(`/api/signin/resource?${query}`, { method: 'GET' });
    const body = await this.json(response) as { signInLink?: unknown; tokenExchangeResource?: SignInResource['tokenExchangeResource'] };
    if (typeof body.signInLink !== 'string') throw new AppError('internal', { userMessage: 'The dev token service gave no sign-in link.' });
    return { signInLink: body.signInLink, ...(body.tokenExchangeResource ? { tokenExchangeResource: body.tokenExchangeResource } : {}) };
  }

  async signOut(request: UserTokenRequest): Promise<void> {
    const query = `user=${encodeURIComponent(request.aadObjectId ?? '')}&connection=${encodeURIComponent(this.connectionName)}`;
    const response = await this.call(`/api/usertoken/token?${query}`, { method: 'DELETE' });
    if (!response.ok && response.status !== 404) throw new AppError('internal', { userMessage: `The dev token service answered ${response.status}.` });
  }

  private async call(path: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(`${this.baseUrl}${path}`, { ...init, signal: AbortSignal.timeout(5000) });
    } catch (error) {
      throw new AppError('internal', { userMessage: 'The dev token service (DEV_TOKEN_SERVICE_URL) does not answer.', cause: error });
    }
  }

  private async json(response: Response): Promise<unknown> {
    if (!response.ok) throw new AppError('internal', { userMessage: `The dev token service answered ${response.status}.` });
    return response.json() as Promise<unknown>;
  }
}
