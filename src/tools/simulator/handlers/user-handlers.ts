import { queryOption, type RequestContext } from '../http/request-context';
import { SimError, notFound } from '../http/sim-error';
import { json, type SimResponse } from '../http/sim-response';
import type { DemoUser } from '../seed/directory';
import type { SimulatorState } from '../state/simulator-state';

/** What Graph returns without `$select` (the default set; the seed has no phones, titles or offices). */
const DEFAULT_PROPERTIES = ['businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName', 'id'];
const KNOWN_PROPERTIES = new Set([...DEFAULT_PROPERTIES, 'accountEnabled', 'userType'].map((name) => name.toLowerCase()));
/** `users('…')`: the key form Graph wants for a UPN starting with `$`; `''` is one `'`. */
const KEY_FORM = /^users\('((?:[^']|'')*)'\)$/i;

/**
 * `GET /{v1.0|beta}/users/{id | userPrincipalName}` and `GET /{v1.0|beta}/users('{userPrincipalName}')` over the
 * simulator's directory (the seeded users and any the options add): object ids and UPNs match case-insensitively; `$select` trims the answer; a missing user is
 * Graph's directory 404 `Request_ResourceNotFound`; a `$`-first UPN in the segment form is Graph's 400.
 */
export function getUser(state: SimulatorState, ctx: RequestContext): SimResponse {
  const key = ctx.params.userKey ?? '';
  if (key.startsWith('$')) throw new SimError(400, 'BadRequest', `The query specified in the URI is not valid. The system query option '${key.slice(0, 40)}' is not supported.`);
  return userAnswer(state, ctx, key);
}

/** The key form `/users('…')`; any other single segment after the version is the router's plain 404. */
export function getUserByKeyForm(state: SimulatorState, ctx: RequestContext): SimResponse {
  const segment = ctx.params.segment ?? '';
  const match = KEY_FORM.exec(segment);
  if (!match) throw notFound(`Resource not found for the segment '${segment}'.`);
  return userAnswer(state, ctx, (match[1] ?? '').replace(/''/g, "'"));
}

function userAnswer(state: SimulatorState, ctx: RequestContext, key: string): SimResponse {
  const wanted = key.toLowerCase();
  const user = state.directory.find((item) => item.id === wanted || item.userPrincipalName.toLowerCase() === wanted);
  if (!user) {
    throw new SimError(404, 'Request_ResourceNotFound', `Resource '${key.slice(0, 200)}' does not exist or one of its queried reference-property objects are not present.`);
  }
  const properties = selected(ctx);
  const version = ctx.path.split('/')[1] ?? 'v1.0';
  const context = properties === DEFAULT_PROPERTIES ? 'users/$entity' : `users(${properties.join(',')})/$entity`;
  return json({ '@odata.context': `${ctx.baseUrl}/${version}/$metadata#${context}`, ...Object.fromEntries(properties.map((name) => [name, valueOf(user, name)])) });
}

function selected(ctx: RequestContext): readonly string[] {
  const select = queryOption(ctx, '$select');
  if (select === undefined || select.trim() === '') return DEFAULT_PROPERTIES;
  const names = select.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const unknown = names.find((name) => !KNOWN_PROPERTIES.has(name.toLowerCase()));
  if (unknown !== undefined) throw new SimError(400, 'Request_BadRequest', `Could not find a property named '${unknown.slice(0, 60)}' on type 'microsoft.graph.user'.`);
  return names;
}

function valueOf(user: DemoUser, name: string): unknown {
  const [given = '', ...rest] = user.displayName.split(' ');
  const values: Record<string, unknown> = {
    id: user.id, displayName: user.displayName, userPrincipalName: user.userPrincipalName, businessPhones: [],
    givenName: given, surname: rest.join(' ') || null, mail: user.userPrincipalName.includes('#EXT#') ? null : user.userPrincipalName,
    accountEnabled: true, userType: user.userPrincipalName.includes('#EXT#') ? 'Guest' : 'Member',
  };
  return values[name] ?? values[Object.keys(values).find((key) => key.toLowerCase() === name.toLowerCase()) ?? ''] ?? null;
}
