import type { UseCaseDeps } from '../use-cases/use-case-deps';
import { startRefresh } from '../use-cases/refresh-alerts';
import { refreshLockKey, refreshTargetName, type RefreshTarget } from '../use-cases/refresh-target';
import type { BotTurn } from '../bot/bot-turn';
import { renderScanning } from '../cards/render-scanning';
import type { Command } from './command';
import { findAlert } from './find-alert';

/** `refresh [<alert>|all]`: posts "Scanning…" and updates that message when the scan is done. */
export function refreshCommand(deps: UseCaseDeps): Command {
  const usage = 'refresh [<alert>|all]';
  return {
    name: 'refresh',
    aliases: ['scan'],
    summary: 'rescan one alert, or all alerts, now',
    usage,
    access: 'write',
    async handle(turn, input) {
      const target = await targetOf(deps, turn, input.text, usage);
      if (!target) return;
      if (deps.locks.isHeld(refreshLockKey(target))) {
        await turn.reply({ text: `A scan of ${refreshTargetName(target)} is already running.` });
        return;
      }
      const messageId = await turn.reply({ card: renderScanning(refreshTargetName(target), turn.user.name) });
      startRefresh(deps, turn, target, messageId);
    },
  };
}

async function targetOf(deps: UseCaseDeps, turn: BotTurn, text: string, usage: string): Promise<RefreshTarget | undefined> {
  if (text === '' || text.toLowerCase() === 'all') return { all: true };
  const alert = await findAlert(deps.pim, turn, text, usage);
  return alert ? { alertId: alert.id, page: 0 } : undefined;
}
