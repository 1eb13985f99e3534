import type { UseCaseDeps } from '../use-cases/use-case-deps';
import type { Command } from './command';
import { replyWithAlertCard } from './reply-with-alert-card';

/** `alert <alert>`: description, impact, mitigation, prevention, configuration and incidents. */
export function alertCommand(deps: UseCaseDeps): Command {
  const usage = 'alert <alert>';
  return {
    name: 'alert',
    aliases: ['show'],
    summary: 'one alert in detail, with its incidents',
    usage,
    access: 'read',
    handle: (turn, input) => replyWithAlertCard(deps, turn, input.text, usage),
  };
}
