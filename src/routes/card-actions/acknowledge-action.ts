import { VERBS } from '../../cards/verbs';
import { parseAcknowledgeData } from '../../notifications/acknowledge-data';
import { channelRoot } from '../../notifications/storage-keys';
import { actorOf } from '../../triage/triage-actor';
import { ownerText } from '../../triage/triage-text';
import { recordAudit } from '../../use-cases/audited-write';
import { cardResult } from '../../use-cases/use-case-result';
import { cardRoute } from '../route';
import { postedNotification, redrawNotification } from './notification-view';

/**
 * "I'm on it" on a notification: the clicker becomes the alert's owner in this conversation (the latest
 * click wins; taking over is audited with the previous owner). Anyone who may read alerts may do it: it
 * changes nothing in PIM. Only the bot's own notification for that alert is redrawn (the clicked message
 * is checked against what the bot recorded when it posted it), with what it stated (from its stored
 * broadcast, never from the click) plus the owner and the time; src/bot/ puts it in place of the posted
 * message for the whole conversation as well as answering the clicker with it.
 */
export const acknowledgeAction = cardRoute({
  verb: VERBS.acknowledge,
  access: 'read',
  parse: parseAcknowledgeData,
  async handle(deps, turn, data) {
    const posted = await postedNotification(deps, turn, data.alertId);
    const { alert } = posted;
    const record = { alertId: alert.id, conversationId: channelRoot(turn.conversation.id), by: actorOf(turn.user), at: new Date(deps.now()).toISOString() };
    const previous = await deps.triage.owners.acknowledge(record);
    const tookOver = previous && previous.by.id !== record.by.id ? `took over from ${previous.by.name.slice(0, 100)}` : undefined;
    await recordAudit(deps, turn, { action: 'acknowledge', target: alert.id }, 'succeeded', tookOver);
    const card = await redrawNotification(deps, { ...posted, ownerText: ownerText(record), audience: 'shared', actionsVisible: false });
    return cardResult(card, { updatesSharedMessage: true });
  },
});
