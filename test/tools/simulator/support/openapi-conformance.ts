import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import OpenAPIResponseValidator from 'openapi-response-validator';
import type { OpenAPIV3 } from 'openapi-types';
import { REPO_ROOT } from '../../../../src/tools/repo-paths';

type Responses = Record<string, OpenAPIV3.ResponseObject | OpenAPIV3.ReferenceObject>;

const SPEC_FILE = path.join(REPO_ROOT, 'test/fixtures/graph/pim-alerts-beta.openapi.yaml');
const spec = yaml.load(readFileSync(SPEC_FILE, 'utf8')) as OpenAPIV3.Document;
const components = spec.components ?? {};
const cache = new Map<string, OpenAPIResponseValidator>();

/** The OpenAPI path template (`/identityGovernance/...`) a concrete Graph path matches, if any. */
export function templateFor(graphPath: string): string | undefined {
  const actual = graphPath.split('/').filter(Boolean);
  return Object.keys(spec.paths).find((template) => {
    const parts = template.split('/').filter(Boolean);
    return parts.length === actual.length && parts.every((part, i) => part.startsWith('{') || part === actual[i]);
  });
}

/** Errors on paths or methods the OpenAPI does not describe are still Graph errors: the shared `error` response. */
const ERROR_ONLY: Responses = { '4XX': { $ref: '#/components/responses/error' }, '5XX': { $ref: '#/components/responses/error' } };

function responsesOf(template: string | undefined, method: string): Responses {
  const operation = template === undefined
    ? undefined
    : (spec.paths[template] as Record<string, OpenAPIV3.OperationObject | undefined>)[method.toLowerCase()];
  return resolve(operation?.responses ?? ERROR_ONLY);
}

function resolve(responses: Responses): Responses {
  const resolved: Responses = {};
  for (const [code, response] of Object.entries(responses)) {
    resolved[code] = '$ref' in response ? components.responses?.[response.$ref.split('/').pop() ?? ''] ?? response : response;
  }
  return resolved;
}

function validator(key: string, responses: Responses): OpenAPIResponseValidator {
  let found = cache.get(key);
  if (!found) {
    found = new OpenAPIResponseValidator({ responses: responses as never, components });
    cache.set(key, found);
  }
  return found;
}

/** Schema name of a `@odata.type` value, from the entity discriminator mapping. */
function schemaForType(odataType: string): string | undefined {
  const entity = components.schemas?.['microsoft.graph.entity'] as OpenAPIV3.SchemaObject | undefined;
  return entity?.discriminator?.mapping?.[odataType]?.split('/').pop();
}

/** Every object in `body` that names a derived type is also checked against that type's schema (the validator ignores discriminators). */
function derivedTypeErrors(body: unknown, where = 'body'): string[] {
  if (Array.isArray(body)) return body.flatMap((item, i) => derivedTypeErrors(item, `${where}[${i}]`));
  if (typeof body !== 'object' || body === null) return [];
  const record = body as Record<string, unknown>;
  const errors = Object.entries(record).flatMap(([key, value]) => derivedTypeErrors(value, `${where}.${key}`));
  const odataType = record['@odata.type'];
  if (typeof odataType !== 'string') return errors;
  const schema = schemaForType(odataType);
  if (!schema) return [...errors, `${where}: unknown @odata.type ${odataType}`];
  const check = validator(`type ${schema}`, {
    200: { description: schema, content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } } },
  });
  const result = check.validateResponse(200, structuredClone(record));
  return result ? [...errors, `${where} as ${schema}: ${JSON.stringify(result.errors)}`] : errors;
}

/**
 * Validates a simulator response to `method graphPath` (path below `/beta`) against the vendored OpenAPI with
 * openapi-response-validator; returns the problems found (empty when conformant).
 */
export function conformanceErrors(method: string, graphPath: string, status: number, body: unknown): string[] {
  const template = templateFor(graphPath);
  const responses = responsesOf(template, method);
  const declared = [String(status), `${String(status)[0]}XX`, 'default'].some((code) => code in responses);
  if (!declared) return [`${method} ${template ?? graphPath} does not declare status ${status}`];
  // A response without a body (204, 202, remediate's 200) has nothing to validate beyond its declared status class.
  if (body === undefined) return [];
  const check = validator(`${method} ${template ?? '(undescribed)'}`, responses);
  const result = check.validateResponse(status, structuredClone(body));
  const errors = result ? [`${method} ${template ?? graphPath} ${status}: ${JSON.stringify(result.errors)}`] : [];
  return [...errors, ...derivedTypeErrors(body)];
}
