import { usageMarkdown } from '../usage-markdown';
import type { Alert } from '../../pim/model';
import type { PimAlerts } from '../../pim/pim-alerts';
import { textResult, type UseCaseResult } from '../../use-cases/use-case-result';
import { resolveAlert, unresolvedText } from './alert-resolver';

/** The alert a chat command names, or the answer to give instead (usage, suggestions). */
export type AlertLookup = { readonly alert: Alert } | { readonly answer: UseCaseResult };

/** Resolves `<alert>` from chat against the current alerts. */
export async function findAlert(pim: PimAlerts, query: string, usage: string): Promise<AlertLookup> {
  if (query.trim() === '') return { answer: textResult(`Usage: ${usageMarkdown(usage)}`) };
  const resolution = resolveAlert(query, await pim.listAlerts());
  if (resolution.kind === 'found') return { alert: resolution.alert };
  return { answer: textResult(unresolvedText(resolution)) };
}
