import { badRequest } from '../http/sim-error';
import type { JsonObject } from '../state/records';

/**
 * Parses a comma-separated `$select` or `$expand` list against the names a type allows (case-insensitive,
 * returned in canonical spelling, request order). `$expand=*` means every allowed navigation, in `allowed` order.
 */
export function parseNameList(option: string | undefined, allowed: readonly string[], name: '$select' | '$expand'): string[] {
  if (option === undefined || option.trim() === '') return [];
  const names: string[] = [];
  for (const raw of option.split(',').map((part) => part.trim())) {
    if (raw === '*' && name === '$expand') return [...allowed];
    const found = allowed.find((candidate) => candidate.toLowerCase() === raw.toLowerCase());
    if (!found) {
      const list = allowed.length > 0 ? allowed.join(', ') : 'nothing';
      throw badRequest(`Invalid ${name}: '${raw.slice(0, 80)}' is not supported here (allowed: ${list}).`);
    }
    if (!names.includes(found)) names.push(found);
  }
  return names;
}

/** Keeps `@odata.type`, `id` and the selected properties (an empty selection keeps everything). */
export function applySelect(entity: JsonObject, select: readonly string[]): JsonObject {
  if (select.length === 0) return entity;
  const kept = new Set(['@odata.type', 'id', ...select]);
  return Object.fromEntries(Object.entries(entity).filter(([key]) => kept.has(key)));
}

/** The `(...)` part of an `@odata.context` URL: selected properties, then `nav()` for each expansion. */
export function contextProjection(select: readonly string[], expand: readonly string[]): string {
  const parts = [...select.filter((name) => !expand.includes(name)), ...expand.map((nav) => `${nav}()`)];
  return parts.length === 0 ? '' : `(${parts.join(',')})`;
}

/** `…/$metadata#identityGovernance/roleManagementAlerts/{entitySet}{projection}[/$entity]` on the simulator. */
export function contextUrl(baseUrl: string, entitySet: string, projection = '', entity = false): string {
  return `${baseUrl}/beta/$metadata#identityGovernance/roleManagementAlerts/${entitySet}${projection}${entity ? '/$entity' : ''}`;
}
