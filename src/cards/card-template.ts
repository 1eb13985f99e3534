import * as ACData from 'adaptivecards-templating';
import { AppError } from '../errors/app-error';
import type { CardPayload } from './card-payload';
import { CARD_TEMPLATES, type TemplateName } from './card-templates';

const templates = new Map<TemplateName, ACData.Template>();

/** The parsed template `cards/<name>.json` (imported at build time), parsed once per process. */
function template(name: TemplateName): ACData.Template {
  let parsed = templates.get(name);
  if (!parsed) {
    parsed = new ACData.Template(CARD_TEMPLATES[name]);
    templates.set(name, parsed);
  }
  return parsed;
}

/**
 * Expands `cards/<name>.json` with `data`. Any templating warning (an unbound `${...}`, a failed
 * expression) is a bug in the template or its data and throws, so it cannot reach a user.
 */
export function renderTemplate(name: TemplateName, data: object): CardPayload {
  const parsed = template(name);
  const card = parsed.expand({ $root: data }) as CardPayload;
  const warnings = parsed.getLastTemplateExpansionWarnings();
  if (JSON.stringify(card).includes('${')) warnings.push('unbound ${...} left in the card');
  if (warnings.length > 0) {
    throw new AppError('internal', { details: { template: name, warnings: warnings.slice(0, 5) } });
  }
  return card;
}

/** Every template name (all of `cards/`). */
export function templateNames(): readonly TemplateName[] {
  return Object.keys(CARD_TEMPLATES) as TemplateName[];
}
