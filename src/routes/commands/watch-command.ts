import { AppError } from '../../errors/app-error';
import { audited } from '../../use-cases/audited-write';
import { textResult } from '../../use-cases/use-case-result';
import { describeWatchStatus } from '../../watch-health/watch-status';
import type { UseCaseDeps } from '../../use-cases/use-case-deps';
import { commandRoute } from '../route';

const USAGE = 'watch [here|everywhere]';

/**
 * `watch`: is the bot watching (last successful poll, the open outage, the last poll failure), from the
 * last health check (no Graph call: it answers while Graph or storage fails). `watch here` sends health
 * cards only to this conversation; `watch everywhere` back to every subscribed one (admins, audited).
 */
export const watchCommand = commandRoute({
  name: 'watch',
  summary: 'Is the bot watching PIM alerts? (admins: `watch here` sends "not watching" cards only to this conversation, `watch everywhere` undoes it).',
  usage: USAGE,
  access: (input) => (input.words.length > 0 ? 'write' : 'read'),
  async handle(deps, turn, input) {
    const choice = input.words.length === 1 ? input.words[0]?.toLowerCase() : undefined;
    if (input.words.length === 0) return textResult(await watchStatus(deps, turn.conversation.id));
    if (choice === 'here') {
      const what = { action: 'watch', target: turn.conversation.id, summary: `Watch health cards go only to this ${turn.conversation.type} conversation` };
      await audited(deps, turn, what, () => deps.watchHealth.ops.set({
        conversationId: turn.conversation.id, setBy: { id: turn.user.id, name: turn.user.name }, setAt: new Date(deps.now()).toISOString(),
      }));
      return textResult('Watch health cards ("not watching", "watching again") now go only to this conversation.');
    }
    if (choice === 'everywhere') {
      const what = { action: 'watch', target: turn.conversation.id, summary: 'Watch health cards go to every subscribed conversation' };
      await audited(deps, turn, what, () => deps.watchHealth.ops.clear());
      return textResult('Watch health cards now go to every subscribed conversation.');
    }
    throw new AppError('invalidInput', { userMessage: `Usage: ${USAGE}` });
  },
});

/**
 * The last check's findings; the operations conversation as stored, or as last checked while storage is
 * unreachable (not read then: a read would only fail, after the storage client's retries).
 */
async function watchStatus(deps: UseCaseDeps, here: string): Promise<string> {
  const status = deps.watchHealth.status();
  const ops = status.storageReachable
    ? await deps.watchHealth.ops.get().then((stored) => stored?.conversationId, () => status.operationsConversationId)
    : status.operationsConversationId;
  return describeWatchStatus(status, ops, here, deps.now());
}
