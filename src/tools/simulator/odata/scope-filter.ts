import { badRequest } from '../http/sim-error';
import { SCOPE_ID, SCOPE_TYPE } from '../state/records';
import { parseFilter, type FilterClause } from './filter';

const SCOPE_MESSAGE =
  "The request must filter on the tenant scope: $filter=scopeId eq '/' and scopeType eq 'DirectoryRole'.";

/**
 * The list endpoints require `scopeId eq '/' and scopeType eq 'DirectoryRole'` (https://learn.microsoft.com/graph/how-to-pim-alerts):
 * 400 without it or with another scope. Returns the other clauses (e.g. `alertConfiguration/isEnabled eq false`).
 */
export function requireScopeFilter(filter: string | undefined): FilterClause[] {
  if (filter === undefined || filter.trim() === '') throw badRequest(SCOPE_MESSAGE);
  const clauses = parseFilter(filter);
  const scopeId = clauses.filter((c) => c.property.toLowerCase() === 'scopeid');
  const scopeType = clauses.filter((c) => c.property.toLowerCase() === 'scopetype');
  const valid = (found: FilterClause[], value: string): boolean =>
    found.length === 1 && found[0]?.operator === 'eq' && found[0].value === value;
  if (!valid(scopeId, SCOPE_ID) || !valid(scopeType, SCOPE_TYPE)) throw badRequest(SCOPE_MESSAGE);
  return clauses.filter((c) => !scopeId.includes(c) && !scopeType.includes(c));
}
