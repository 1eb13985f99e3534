import { readFileSync } from 'node:fs';
import path from 'node:path';
import OpenAPIResponseValidator from 'openapi-response-validator';
import { REPO_ROOT } from '../../../../src/tools/repo-paths';

type Json = Record<string, unknown>;

const SPEC_DIR = path.join(REPO_ROOT, 'test/fixtures/arm/spec/specification');
const SPEC_FILE = path.join(SPEC_DIR, 'authorization/resource-manager/Microsoft.Authorization/Authorization/preview/2022-08-01-preview/RoleManagementAlerts.json');
const COMMON_FILE = path.join(SPEC_DIR, 'common-types/resource-management/v3/types.json');
const load = (file: string): Json => JSON.parse(readFileSync(file, 'utf8')) as Json;

/** `$ref`s into types.json become local `#/definitions/common.X`; the common definitions are merged in under that prefix. */
function localized(value: unknown, commonPrefix: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => localized(item, commonPrefix));
  if (typeof value !== 'object' || value === null) return value;
  const out: Json = {};
  for (const [key, item] of Object.entries(value as Json)) {
    if (key === '$ref' && typeof item === 'string') {
      const name = item.split('#/definitions/')[1] ?? '';
      out[key] = item.includes('types.json') || commonPrefix ? `#/definitions/common.${name}` : item;
    } else out[key] = localized(item, commonPrefix);
  }
  return out;
}

const spec = localized(load(SPEC_FILE), false) as Json;
const common = localized(load(COMMON_FILE), true) as Json;
const definitions: Json = { ...(spec.definitions as Json) };
for (const [name, schema] of Object.entries(common.definitions as Json)) definitions[`common.${name}`] = schema;
const paths = spec.paths as Record<string, Record<string, Json>>;

/** The spec's template for a concrete ARM path (`/subscriptions/{id}` is the `{scope}`), if any. */
export function armTemplateFor(armPath: string, method = 'get'): string | undefined {
  const rest = armPath.replace(/^\/subscriptions\/[^/]+/i, '').split('/').filter(Boolean);
  const literals = (template: string): number => template.split('/').filter((part) => part !== '' && !part.startsWith('{')).length;
  const matching = Object.keys(paths).filter((template) => {
    const parts = template.split('/').filter(Boolean).slice(1);
    return parts.length === rest.length && parts.every((part, i) => part.startsWith('{') || part.toLowerCase() === rest[i]?.toLowerCase());
  }).sort((a, b) => literals(b) - literals(a));
  return matching.find((template) => paths[template]?.[method.toLowerCase()] !== undefined) ?? matching[0];
}

const discriminated: ReadonlyArray<readonly [string, string]> = [['alertConfigurationType', 'AlertConfigurationProperties'], ['alertIncidentType', 'AlertIncidentProperties']];

/** Objects naming a derived type (`alertConfigurationType`, `alertIncidentType`) are also checked against that type. */
function derivedErrors(body: unknown, where: string): string[] {
  if (Array.isArray(body)) return body.flatMap((item, i) => derivedErrors(item, `${where}[${i}]`));
  if (typeof body !== 'object' || body === null) return [];
  const record = body as Json;
  const errors = Object.entries(record).flatMap(([key, value]) => derivedErrors(value, `${where}.${key}`));
  for (const [property, base] of discriminated) {
    const value = record[property];
    if (typeof value !== 'string') continue;
    const name = Object.keys(definitions).find((candidate) => (definitions[candidate] as Json)['x-ms-discriminator-value'] === value);
    if (!name) {
      errors.push(`${where}: unknown ${property} ${value} (base ${base})`);
      continue;
    }
    const check = new OpenAPIResponseValidator({ responses: { 200: { description: name, schema: { $ref: `#/definitions/${name}` } } }, definitions } as never);
    const result = check.validateResponse(200, structuredClone(record));
    if (result) errors.push(`${where} as ${name}: ${JSON.stringify(result.errors)}`);
  }
  return errors;
}

/** Problems of a simulator answer to `method armPath` against the vendored Resource Manager description (empty = conformant). */
export function armConformanceErrors(method: string, armPath: string, status: number, body: unknown): string[] {
  const template = armTemplateFor(armPath, method);
  const operation = template === undefined ? undefined : paths[template]?.[method.toLowerCase()];
  if (!operation) return status >= 400 ? cloudErrorProblems(status, body) : [`no operation ${method} ${armPath} in the description`];
  const responses = operation.responses as Json;
  if (!(String(status) in responses) && status < 400) return [`status ${status} is not declared for ${method} ${template ?? ''}`];
  const validator = new OpenAPIResponseValidator({ responses, definitions } as never);
  const result = validator.validateResponse(status, body === undefined ? undefined : structuredClone(body));
  return [...(result ? [JSON.stringify(result.errors)] : []), ...derivedErrors(body, 'body')];
}

function cloudErrorProblems(status: number, body: unknown): string[] {
  const validator = new OpenAPIResponseValidator({ responses: { default: { description: 'error', schema: { $ref: '#/definitions/Microsoft.Common.CloudError' } } }, definitions } as never);
  const result = validator.validateResponse(status, structuredClone(body));
  const error = (body as Json | undefined)?.error as Json | undefined;
  const missing = typeof error?.code === 'string' && typeof error.message === 'string' ? [] : ['error.code and error.message must be strings'];
  return [...(result ? [JSON.stringify(result.errors)] : []), ...missing];
}

/** Microsoft's examples for an operation: every response body with its status. */
export function armExamples(): Array<{ readonly file: string; readonly method: string; readonly template: string; readonly status: number; readonly body: unknown }> {
  const out: Array<{ file: string; method: string; template: string; status: number; body: unknown }> = [];
  for (const [template, methods] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      for (const example of Object.values((operation['x-ms-examples'] ?? {}) as Record<string, { $ref: string }>)) {
        const file = path.join(path.dirname(SPEC_FILE), example.$ref);
        const responses = (load(file).responses ?? {}) as Record<string, { body?: unknown }>;
        for (const [status, response] of Object.entries(responses)) out.push({ file: path.basename(file), method, template, status: Number(status), body: response.body });
      }
    }
  }
  return out;
}
