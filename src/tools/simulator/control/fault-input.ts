import { badRequest } from '../http/sim-error';
import type { JsonObject } from '../state/records';
import { FAULT_KINDS, type Fault, type FaultKind } from './fault-store';

const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];

function integer(body: JsonObject, name: string, fallback: number, min: number, max: number): number {
  const value = body[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw badRequest(`'${name}' must be a whole number from ${min} to ${max}.`);
  }
  return value;
}

function matchOf(body: JsonObject): { method?: string; path?: string } {
  const match = body.match ?? {};
  if (typeof match !== 'object' || match === null || Array.isArray(match)) throw badRequest("'match' must be an object.");
  const { method, path, ...rest } = match as JsonObject;
  if (Object.keys(rest).length > 0) throw badRequest("'match' takes only 'method' and 'path'.");
  if (method !== undefined && (typeof method !== 'string' || !METHODS.includes(method.toUpperCase()))) {
    throw badRequest(`'match.method' must be one of ${METHODS.join(', ')}.`);
  }
  if (path !== undefined && (typeof path !== 'string' || path === '')) throw badRequest("'match.path' must be a non-empty string.");
  return { ...(method === undefined ? {} : { method: method.toUpperCase() }), ...(path === undefined ? {} : { path }) };
}

/** A fault from `{ match: { method?, path? }, count, kind, retryAfterSeconds?, delayMs?, status? }`, validated. */
export function faultFromBody(body: JsonObject): Omit<Fault, 'id'> {
  const known = ['match', 'count', 'kind', 'retryAfterSeconds', 'delayMs', 'status'];
  const unknown = Object.keys(body).filter((key) => !known.includes(key));
  if (unknown.length > 0) throw badRequest(`Unknown fault properties: ${unknown.join(', ')}.`);
  const kind = body.kind;
  if (typeof kind !== 'string' || !(FAULT_KINDS as readonly string[]).includes(kind)) {
    throw badRequest(`'kind' must be one of ${FAULT_KINDS.join(', ')}.`);
  }
  if (kind === 'status' && body.status === undefined) throw badRequest("A 'status' fault needs 'status' (400-599).");
  return {
    kind: kind as FaultKind,
    ...matchOf(body),
    remaining: integer(body, 'count', 1, 1, 10_000),
    retryAfterSeconds: integer(body, 'retryAfterSeconds', 1, 0, 3600),
    delayMs: integer(body, 'delayMs', 1000, 0, 60_000),
    status: integer(body, 'status', 500, 400, 599),
  };
}
