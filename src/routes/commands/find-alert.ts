import { usageMarkdown } from '../usage-markdown';
import type { Alert } from '../../pim/model';
import type { PimAlerts } from '../../pim/pim-alerts';
import { textResult, type UseCaseResult } from '../../use-cases/use-case-result';
import { alertChoiceAnswer, type ChoiceOffer } from './alert-choice-answer';
import { resolveAlert, unresolvedText } from './alert-resolver';

/** The alert a chat command names, or the answer to give instead (usage, suggestions). */
export type AlertLookup = { readonly alert: Alert } | { readonly answer: UseCaseResult };

/**
 * Resolves `<alert>` from chat against the current alerts. `rest` is what followed the alert in the command
 * (settings, a snooze's time and reason), repeated in the exact commands suggested when the name is ambiguous.
 * A name raised in several scopes gets a "Which one?" card: `offer` 'open' (read commands) puts an Open button on
 * each candidate; 'type' (writes) shows the exact command to type, never a one-click write.
 */
export async function findAlert(pim: PimAlerts, query: string, usage: string, rest: readonly string[] = [], offer: ChoiceOffer = 'type'): Promise<AlertLookup> {
  if (query.trim() === '') return { answer: textResult(`Usage: ${usageMarkdown(usage)}`) };
  const resolution = resolveAlert(query, await pim.listAlerts());
  if (resolution.kind === 'found') return { alert: resolution.alert };
  const command = commandWords(usage);
  const retype = (name: string): string => [...command, name, ...rest.map(codeSpanSafe)].join(' ');
  const text = unresolvedText(resolution, retype);
  return { answer: resolution.kind === 'inScopes' ? alertChoiceAnswer(resolution, offer, retype, text) : textResult(text) };
}

/** The command's own words before `<alert>` in its usage: `snooze end <alert>` → `snooze end`. */
function commandWords(usage: string): string[] {
  const words = usage.split(' ');
  const at = words.findIndex((word) => word.startsWith('<'));
  return words.slice(0, at < 0 ? 1 : at);
}

/** User text repeated inside a chat code span: no backticks, line breaks or mention tags, at most 100 characters. */
function codeSpanSafe(word: string): string {
  const clean = word.replace(/[`\r\n]/g, '').replace(/</g, '‹').slice(0, 100);
  return /\s/.test(clean) ? `"${clean.replace(/"/g, '')}"` : clean;
}
