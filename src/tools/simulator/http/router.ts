import type { RequestContext } from './request-context';
import type { SimResponse } from './sim-response';

export type Handler = (ctx: RequestContext) => SimResponse | Promise<SimResponse>;

export interface Route {
  readonly method: string;
  /** Slash-separated; `:name` segments capture one path segment. Literals match case-insensitively. */
  readonly pattern: string;
  readonly handle: Handler;
}

export type RouteMatch =
  | { readonly kind: 'found'; readonly route: Route; readonly params: Record<string, string> }
  | { readonly kind: 'wrongMethod'; readonly allowed: readonly string[] }
  | { readonly kind: 'none' };

interface CompiledRoute extends Route {
  readonly segments: readonly string[];
  /** More literal segments rank first, so `alerts/refresh` beats `alerts/:alertId`. */
  readonly literals: number;
}

/** A flat route table; rejects duplicate method+pattern pairs. */
export class Router {
  private readonly routes: CompiledRoute[] = [];

  constructor(routes: readonly Route[]) {
    for (const route of routes) this.add(route);
    this.routes.sort((a, b) => b.literals - a.literals);
  }

  match(method: string, segments: readonly string[]): RouteMatch {
    const allowed = new Set<string>();
    for (const route of this.routes) {
      const params = matchSegments(route.segments, segments);
      if (!params) continue;
      if (route.method === method) return { kind: 'found', route, params };
      allowed.add(route.method);
    }
    return allowed.size > 0 ? { kind: 'wrongMethod', allowed: [...allowed] } : { kind: 'none' };
  }

  private add(route: Route): void {
    const segments = splitPath(route.pattern);
    const key = `${route.method} ${segments.join('/').toLowerCase()}`;
    if (this.routes.some((r) => `${r.method} ${r.segments.join('/').toLowerCase()}` === key)) {
      throw new Error(`duplicate simulator route ${key}`);
    }
    this.routes.push({ ...route, segments, literals: segments.filter((s) => !s.startsWith(':')).length });
  }
}

export function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

function matchSegments(pattern: readonly string[], actual: readonly string[]): Record<string, string> | null {
  if (pattern.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i += 1) {
    const expected = pattern[i] ?? '';
    const value = actual[i] ?? '';
    if (expected.startsWith(':')) params[expected.slice(1)] = value;
    else if (expected.toLowerCase() !== value.toLowerCase()) return null;
  }
  return params;
}
