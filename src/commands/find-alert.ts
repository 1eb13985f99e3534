import type { BotTurn } from '../bot/bot-turn';
import type { UseCaseResult } from '../use-cases/use-case-result';
import type { Alert } from '../pim/model';
import type { PimAlerts } from '../pim/pim-alerts';
import { resolveAlert, unresolvedText } from './alert-resolver';

/** Resolves `<alert>` from chat; replies with usage or suggestions and returns undefined when it can't. */
export async function findAlert(pim: PimAlerts, turn: BotTurn, query: string, usage: string): Promise<Alert | undefined> {
  if (query.trim() === '') {
    await turn.reply({ text: `Usage: ${usage}` });
    return undefined;
  }
  const resolution = resolveAlert(query, await pim.listAlerts());
  if (resolution.kind === 'found') return resolution.alert;
  await turn.reply({ text: unresolvedText(resolution) });
  return undefined;
}

/** Sends a flow's result as a new message. */
export async function replyWithResult(turn: BotTurn, result: UseCaseResult): Promise<void> {
  await turn.reply(result.kind === 'card' ? { card: result.card } : { text: result.text });
}
