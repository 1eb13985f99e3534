import { GUID } from '../pim/ids';

/** How a user was named: an Entra object id, or a user principal name. */
export type UserKey =
  | { readonly kind: 'id'; readonly id: string }
  | { readonly kind: 'upn'; readonly upn: string };

/**
 * A UPN as Entra allows it: the characters of Graph's userPrincipalName (A–Z a–z 0–9 ' . - _ ! # ^ ~; `#` in
 * guests' `#EXT#`), plus `%` `+` `$` seen in synced and legacy accounts; one @, a dotted domain; no spaces,
 * colons, slashes or markup, so nothing in it can change a Graph URL's meaning once encoded.
 */
const UPN = /^[A-Za-z0-9._%+'!#^~$-]{1,113}@[A-Za-z0-9.-]{1,255}\.[A-Za-z]{2,63}$/;

/** The typed identifier as a user key (object ids and UPNs lower-cased), or undefined when it is neither. */
export function parseUserKey(raw: string): UserKey | undefined {
  if (GUID.test(raw)) return { kind: 'id', id: raw.toLowerCase() };
  if (raw.length <= 320 && UPN.test(raw)) return { kind: 'upn', upn: raw.toLowerCase() };
  return undefined;
}

export function userKeyText(key: UserKey): string {
  return key.kind === 'id' ? key.id : key.upn;
}

/**
 * The Graph path of `GET /users/{id | userPrincipalName}` (Graph reference "Get user"): an object id as is;
 * a UPN percent-encoded (`#` → `%23`, as Graph asks for guests' `#EXT#`; `@` and `'` stay readable, as in
 * Graph's examples); a UPN starting with `$` in the key form `/users('$x@y.com')` (a `$` segment reads as
 * an OData system option and Graph answers 400), with `'` doubled as OData string literals need.
 */
export function userPath(key: UserKey): string {
  if (key.kind === 'id') return `/users/${key.id}`;
  if (key.upn.startsWith('$')) return `/users('${encodeUpn(key.upn.replace(/'/g, "''"))}')`;
  return `/users/${encodeUpn(key.upn)}`;
}

function encodeUpn(upn: string): string {
  return encodeURIComponent(upn).replace(/%40/g, '@').replace(/%24/g, '$');
}
