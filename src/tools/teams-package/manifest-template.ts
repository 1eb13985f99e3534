import { AppError } from '../../errors/app-error';

/** Placeholders that may be empty (a production environment has no name suffix). */
export const MAY_BE_EMPTY: ReadonlySet<string> = new Set(['APP_NAME_SUFFIX']);

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The variable names a template refers to as `${{NAME}}`, each once, in order of first use. */
export function placeholderNames(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))];
}

/**
 * Replaces every `${{NAME}}` with its value, JSON-escaped so the manifest stays valid JSON.
 * Throws AppError `configuration` naming every variable that is missing, or empty (unless in MAY_BE_EMPTY).
 */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string | undefined>>, source: string): string {
  const valueOf = (name: string): string | undefined => (MAY_BE_EMPTY.has(name) ? values[name] : values[name]?.trim() || undefined);
  const missing = placeholderNames(template).filter((name) => valueOf(name) === undefined);
  if (missing.length > 0) {
    throw new AppError('configuration', {
      userMessage: `${source} has no value for ${missing.join(', ')} (used by teamsapp/manifest.json). Set ${missing.length > 1 ? 'them' : 'it'} and run again.`,
      details: { missing },
    });
  }
  return template.replace(PLACEHOLDER, (_match, name: string) => JSON.stringify(valueOf(name) ?? '').slice(1, -1));
}
