import { messageViewOptions, triageMarks, type UseCaseDeps } from '../use-cases/use-case-deps';
import type { BotTurn } from '../bot/bot-turn';
import { renderAlertCard } from '../cards/render-alert-card';
import { findAlert } from './find-alert';

/**
 * Resolves `<alert>` from chat, reads it with its incidents (priming the cache for paging) and replies
 * with its card as this conversation may see it; `compact` leaves out the long texts.
 */
export async function replyWithAlertCard(deps: UseCaseDeps, turn: BotTurn, query: string, usage: string, compact = false): Promise<void> {
  const found = await findAlert(deps.pim, turn, query, usage);
  if (!found) return;
  const alert = await deps.pim.getAlert(found.id);
  deps.alertCache.set(alert);
  const view = await messageViewOptions(deps, turn);
  await turn.reply({ card: renderAlertCard(alert, { ...view, now: deps.now(), triage: await triageMarks(deps, turn, alert), ...(compact ? { compact } : {}) }) });
}
