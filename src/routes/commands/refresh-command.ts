import { alertNameInScope } from '../../cards/alert-headline';
import { renderScanning } from '../../cards/render-scanning';
import { startRefresh } from '../../use-cases/refresh-alerts';
import { refreshLockKey, refreshTargetName } from '../../use-cases/refresh-target';
import { textResult } from '../../use-cases/use-case-result';
import { commandRoute } from '../route';
import { findAlert } from './find-alert';

const usage = 'refresh [<alert>|all]';

/** `refresh [<alert>|all]`: posts "Scanning…" and updates that message when the scan is done. */
export const refreshCommand = commandRoute({
  name: 'refresh',
  aliases: ['scan'],
  summary: 'rescan one alert, or all alerts, now',
  usage,
  access: 'write',
  async handle(deps, turn, input) {
    const all = input.text === '' || input.text.toLowerCase() === 'all';
    const found = all ? undefined : await findAlert(deps.pim, input.text, usage);
    if (found && 'answer' in found) return found.answer;
    const target = found ? { alertId: found.alert.id, page: 0, name: alertNameInScope(found.alert) } : { all: true as const };
    if (deps.locks.isHeld(refreshLockKey(target))) return textResult(`A scan of ${refreshTargetName(target)} is already running.`);
    const writer = await deps.writes.forWrite(turn, found?.alert.id);
    const card = renderScanning(refreshTargetName(target), turn.user.name);
    return { kind: 'card', card, afterPost: (messageId) => { startRefresh(deps, turn, target, messageId, writer); } };
  },
});
