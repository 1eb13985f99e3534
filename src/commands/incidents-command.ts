import { messageViewOptions, type FlowDeps } from '../actions/flows/flow-deps';
import { renderAlertCard } from '../cards/render-alert-card';
import type { Command } from './command';
import { findAlert } from './find-alert';

/** `incidents <alert>`: the alert's incidents, paged, without the long texts. */
export function incidentsCommand(deps: FlowDeps): Command {
  const usage = 'incidents <alert>';
  return {
    name: 'incidents',
    summary: "an alert's incidents (who, which role, evidence), 10 per page",
    usage,
    access: 'read',
    async handle(turn, input) {
      const found = await findAlert(deps.pim, turn, input.text, usage);
      if (!found) return;
      const alert = await deps.pim.getAlert(found.id);
      deps.alertCache?.set(alert);
      const view = await messageViewOptions(deps, turn);
      await turn.reply({ card: renderAlertCard(alert, { ...view, now: deps.now(), compact: true }) });
    },
  };
}
