import { AppError } from '../../errors/app-error';
import { asObject, isJsonObject, readArray, readOptionalString, type JsonObject } from './json-fields';
import { relativeGraphLink } from './graph-links';
import type { GraphTransport } from './graph-transport';

/** Stops a service that keeps sending next links from looping forever. */
const MAX_PAGES = 500;

export interface CollectionPage {
  readonly items: readonly JsonObject[];
  readonly nextLink?: string;
}

/** One page of a collection: its object items and its `@odata.nextLink`, if any. */
export function pageOf(body: unknown, valueKey = 'value'): CollectionPage {
  const source = asObject(body);
  const nextLink = readOptionalString(source, `${valueKey === 'value' ? '' : valueKey}@odata.nextLink`);
  return { items: readArray(source, valueKey).filter(isJsonObject), ...(nextLink ? { nextLink } : {}) };
}

/** A next link as a path to request, or AppError when it leaves the configured Graph origin. */
export function followablePath(nextLink: string, baseUrl: string): string {
  const link = relativeGraphLink(nextLink, baseUrl);
  if (!link) {
    throw new AppError('graphUnavailable', {
      userMessage: 'Microsoft Graph answered with a next-page link outside the configured Graph address; it was not followed.',
      details: { nextLinkOrigin: safeOrigin(nextLink) },
    });
  }
  return `${link.path}${link.search}`;
}

/** Every item of a collection, following `@odata.nextLink` (validated) from `first` to the end. */
export async function readRemainingPages(
  transport: GraphTransport, baseUrl: string, first: CollectionPage, operation: string,
): Promise<JsonObject[]> {
  const items = [...first.items];
  let nextLink = first.nextLink;
  for (let pages = 1; nextLink; pages += 1) {
    if (pages >= MAX_PAGES) throw new AppError('graphUnavailable', { details: { operation, reason: 'too many pages' } });
    const answer = await transport.send({ method: 'GET', path: followablePath(nextLink, baseUrl), operation });
    const page = pageOf(answer.body);
    items.push(...page.items);
    nextLink = page.nextLink;
  }
  return items;
}

function safeOrigin(link: string): string {
  try {
    return new URL(link).origin;
  } catch {
    return 'unparsable';
  }
}
