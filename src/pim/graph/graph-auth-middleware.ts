import type { TokenCredential } from '@azure/identity';
import type { Context, Middleware, MiddlewareOptions } from '@microsoft/microsoft-graph-client';

/**
 * A per-request middleware option: this call runs as the signed-in user, with their delegated Graph
 * token, instead of the app's own credential (delegated writes, README "Least privilege").
 */
export class AsUser implements MiddlewareOptions {
  constructor(readonly accessToken: string) {}
}

/**
 * Puts the bearer token on requests to the configured Graph host only (never on a foreign `nextLink`):
 * the user's token when the request carries `AsUser`, else the app's credential (none: no header,
 * the loopback simulator). Runs before the retries, so one call asks for one token.
 */
export class GraphAuthMiddleware implements Middleware {
  private next?: Middleware;

  constructor(private readonly app: TokenCredential | null, private readonly scope: string, private readonly graphHost: string) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('GraphAuthMiddleware has no next middleware');
    const headers = new Headers(context.options?.headers);
    headers.delete('Authorization');
    if (hostOf(context) === this.graphHost) {
      const token = await this.tokenFor(context);
      if (token) headers.set('Authorization', `Bearer ${token}`);
    }
    context.options = { ...context.options, headers };
    await this.next.execute(context);
  }

  private async tokenFor(context: Context): Promise<string | undefined> {
    const user = context.middlewareControl?.getMiddlewareOptions(AsUser) as AsUser | undefined;
    if (user) return user.accessToken;
    return this.app ? (await this.app.getToken(this.scope))?.token : undefined;
  }
}

function hostOf(context: Context): string {
  const url = typeof context.request === 'string' ? context.request : context.request.url;
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
