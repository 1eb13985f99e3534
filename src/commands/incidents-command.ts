import type { UseCaseDeps } from '../use-cases/use-case-deps';
import type { Command } from './command';
import { replyWithAlertCard } from './reply-with-alert-card';

/** `incidents <alert>`: the alert's incidents, paged, without the long texts. */
export function incidentsCommand(deps: UseCaseDeps): Command {
  const usage = 'incidents <alert>';
  return {
    name: 'incidents',
    summary: "an alert's incidents (who, which role, evidence), 10 per page",
    usage,
    access: 'read',
    handle: (turn, input) => replyWithAlertCard(deps, turn, input.text, usage, true),
  };
}
