import type { RegisteredAction } from '../actions/card-action';
import { defineAction } from '../actions/card-action';
import { recordAudit } from '../use-cases/audited-write';
import { readAlert, type UseCaseDeps } from '../use-cases/use-case-deps';
import type { BotTurn } from '../bot/bot-turn';
import type { CardPayload } from '../cards/card-payload';
import { cardResult } from '../use-cases/use-case-result';
import { VERBS } from '../cards/verbs';
import { parseAcknowledgeData, riseFromAcknowledge } from '../notifications/acknowledge-data';
import { renderNotificationCard } from '../notifications/render-notification-card';
import { channelRoot } from '../notifications/storage-keys';
import { actorOf } from './triage-actor';
import type { TriageServices } from './triage-services';
import { ownerText } from './triage-text';

/**
 * "I'm on it" on a notification: the clicker becomes the alert's owner in this conversation (the latest
 * click wins; taking over is audited with the previous owner). Anyone who may read alerts may do it: it
 * changes nothing in PIM. The shared card is redrawn with the owner and the time, updated in place for
 * the whole conversation and returned to the clicker.
 */
export function acknowledgeAction(triage: TriageServices): RegisteredAction {
  return defineAction({
    verb: VERBS.acknowledge,
    access: 'read',
    parse: parseAcknowledgeData,
    async handle(deps, turn, data) {
      const alert = await readAlert(deps, data.alertId);
      const record = { alertId: alert.id, conversationId: channelRoot(turn.conversation.id), by: actorOf(turn.user), at: deps.now().toISOString() };
      const previous = await triage.owners.acknowledge(record);
      const tookOver = previous && previous.by.id !== record.by.id ? `took over from ${previous.by.name.slice(0, 100)}` : undefined;
      await recordAudit(deps, turn, { action: 'acknowledge', target: alert.id }, 'succeeded', tookOver);
      const rise = riseFromAcknowledge(data, alert);
      const excludedIncidentIds = await triage.matcher.excludedIncidentIds(rise.newIncidents);
      const extras = { ownerText: ownerText(record), excludedIncidentIds, links: triage.links, newCount: data.newCount };
      const card = renderNotificationCard(rise, deps.refreshUserIds?.(), extras);
      await updateShared(deps, turn, card);
      return cardResult(card);
    },
  });
}

/** Updates the posted message for everyone; if that fails the clicker still gets the card (logged). */
async function updateShared(deps: UseCaseDeps, turn: BotTurn, card: CardPayload): Promise<void> {
  if (!turn.sourceMessageId) return;
  try {
    await turn.update(turn.sourceMessageId, { card });
  } catch (error) {
    deps.logger.warn('owner card not updated in place', { correlationId: turn.correlationId, error });
  }
}
