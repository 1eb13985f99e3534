import { AppError } from '../../errors/app-error';
import { asObject, isJsonObject, readArray, readOptionalString, type JsonObject } from '../graph/json-fields';
import type { ArmTransport } from './arm-transport';

export interface ArmList {
  readonly items: readonly JsonObject[];
  /** True when `maxPages` pages were read and Resource Manager still sent a nextLink. */
  readonly cutOff: boolean;
}

/**
 * Every item of a Resource Manager pageable list (`value` + `nextLink`) from `firstPath` (api-version included), at most
 * `maxPages` pages, so a looping link cannot run forever. A nextLink is followed only when it continues the list's own
 * path (any query: `$skiptoken`); the transport keeps it on the configured origin.
 */
export async function readArmList(transport: Pick<ArmTransport, 'send'>, firstPath: string, operation: string, maxPages: number): Promise<ArmList> {
  const items: JsonObject[] = [];
  let next: string | undefined = firstPath;
  for (let page = 0; next !== undefined; page += 1) {
    if (page >= maxPages) return { items, cutOff: true };
    const body = asObject((await transport.send({ method: 'GET', path: next, operation })).body);
    items.push(...readArray(body, 'value').filter(isJsonObject));
    next = readOptionalString(body, 'nextLink') || undefined;
    if (next !== undefined && !continuesPath(next, firstPath)) {
      throw new AppError('graphUnavailable', {
        userMessage: 'Azure Resource Manager answered with a next-page link to another list; it was not followed.',
        details: { operation, reason: 'nextLink leaves the list' },
      });
    }
  }
  return { items, cutOff: false };
}

/** True when `link` (absolute, or a path) names the same path as `listPath` (case-insensitive, as Resource Manager is), any query. */
export function continuesPath(link: string, listPath: string): boolean {
  const base = 'https://list.invalid';
  try {
    return new URL(link, base).pathname.toLowerCase() === new URL(listPath, base).pathname.toLowerCase();
  } catch {
    return false;
  }
}
