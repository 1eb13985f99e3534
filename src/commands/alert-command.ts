import { messageViewOptions, type FlowDeps } from '../actions/flows/flow-deps';
import { renderAlertCard } from '../cards/render-alert-card';
import type { Command } from './command';
import { findAlert } from './find-alert';

/** `alert <alert>`: description, impact, mitigation, prevention, configuration and incidents. */
export function alertCommand(deps: FlowDeps): Command {
  const usage = 'alert <alert>';
  return {
    name: 'alert',
    aliases: ['show'],
    summary: 'one alert in detail, with its incidents',
    usage,
    access: 'read',
    async handle(turn, input) {
      const found = await findAlert(deps.pim, turn, input.text, usage);
      if (!found) return;
      const alert = await deps.pim.getAlert(found.id);
      deps.alertCache?.set(alert);
      const view = await messageViewOptions(deps, turn);
      await turn.reply({ card: renderAlertCard(alert, { ...view, now: deps.now() }) });
    },
  };
}
