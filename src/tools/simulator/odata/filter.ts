import { badRequest } from '../http/sim-error';

export interface FilterClause {
  /** Property path as written, e.g. `alertConfiguration/isEnabled`. */
  readonly property: string;
  readonly operator: 'eq' | 'ne';
  readonly value: string | boolean;
}

const CLAUSE = /^\s*([A-Za-z][\w]*(?:\/[A-Za-z][\w]*)?)\s+(eq|ne)\s+('(?:[^']|'')*'|true|false)\s*/i;
const AND = /^and\s+/i;

/**
 * Parses the `$filter` subset these endpoints document: `prop eq|ne literal` clauses joined by `and`
 * (keywords case-insensitive, any whitespace); string literals in single quotes (`''` escapes a quote).
 */
export function parseFilter(text: string): FilterClause[] {
  const clauses: FilterClause[] = [];
  let rest = text.trim();
  while (rest !== '') {
    const match = CLAUSE.exec(rest);
    if (!match) throw badRequest(`Invalid $filter: cannot parse '${rest.slice(0, 80)}'.`);
    const [whole, property = '', operator = '', literal = ''] = match;
    clauses.push({ property, operator: operator.toLowerCase() as 'eq' | 'ne', value: parseLiteral(literal) });
    rest = rest.slice(whole.length);
    if (rest === '') break;
    const and = AND.exec(rest);
    if (!and) throw badRequest(`Invalid $filter: expected 'and' before '${rest.slice(0, 80)}'.`);
    rest = rest.slice(and[0].length);
    if (rest === '') throw badRequest("Invalid $filter: a clause must follow 'and'.");
  }
  return clauses;
}

function parseLiteral(literal: string): string | boolean {
  if (literal.toLowerCase() === 'true') return true;
  if (literal.toLowerCase() === 'false') return false;
  return literal.slice(1, -1).replace(/''/g, "'");
}

/** Property readers a resource allows in `$filter`, keyed by lower-case property path. */
export type FilterProperties<T> = Readonly<Record<string, (item: T) => unknown>>;

/** Keeps the items every clause accepts; an unsupported property is a 400. */
export function applyFilter<T>(items: readonly T[], clauses: readonly FilterClause[], properties: FilterProperties<T>): T[] {
  const tests = clauses.map((clause) => {
    const read = properties[clause.property.toLowerCase()];
    if (!read) throw badRequest(`Invalid $filter: filtering on '${clause.property}' is not supported.`);
    return (item: T): boolean => (read(item) === clause.value) === (clause.operator === 'eq');
  });
  return items.filter((item) => tests.every((test) => test(item)));
}
