import { messageViewOptions, type UseCaseDeps } from '../use-cases/use-case-deps';
import { renderAlertList } from '../cards/render-alert-list';
import type { Command } from './command';

/** `alerts`: every alert, most severe first, dismissed ones collapsed. */
export function alertsCommand(deps: UseCaseDeps): Command {
  return {
    name: 'alerts',
    aliases: ['list'],
    summary: 'every PIM alert with severity, status, incident count and last scan',
    usage: 'alerts',
    access: 'read',
    async handle(turn) {
      const alerts = await deps.pim.listAlerts();
      const view = await messageViewOptions(deps, turn);
      await turn.reply({ card: renderAlertList(alerts, { ...view, now: deps.now() }) });
    },
  };
}
