import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as ACData from 'adaptivecards-templating';
import { AppError } from '../errors/app-error';
import { CARDS_DIR } from '../repo-paths';
import type { CardPayload } from './card-payload';

const templates = new Map<string, ACData.Template>();

/** The parsed template `cards/<name>.json`, read and parsed once per process. */
function template(name: string): ACData.Template {
  let parsed = templates.get(name);
  if (!parsed) {
    const json = JSON.parse(readFileSync(path.join(CARDS_DIR, `${name}.json`), 'utf8')) as unknown;
    parsed = new ACData.Template(json);
    templates.set(name, parsed);
  }
  return parsed;
}

/**
 * Expands `cards/<name>.json` with `data`. Any templating warning (an unbound `${...}`, a failed
 * expression) is a bug in the template or its data and throws, so it cannot reach a user.
 */
export function renderTemplate(name: string, data: object): CardPayload {
  const parsed = template(name);
  const card = parsed.expand({ $root: data }) as CardPayload;
  const warnings = parsed.getLastTemplateExpansionWarnings();
  if (JSON.stringify(card).includes('${')) warnings.push('unbound ${...} left in the card');
  if (warnings.length > 0) {
    throw new AppError('internal', { details: { template: name, warnings: warnings.slice(0, 5) } });
  }
  return card;
}

/** The templates the bot's own render functions use (other areas add theirs to cards/ too). */
export function templateNames(): readonly string[] {
  return ['alert-list', 'alert', 'confirm-remediation', 'dismissed', 'scanning', 'refresh-failed'];
}
