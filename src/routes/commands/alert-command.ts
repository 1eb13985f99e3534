import { showAlert } from '../../use-cases/show-alerts';
import { commandRoute } from '../route';
import { findAlert } from './find-alert';

const usage = 'alert <alert>';

/** `alert <alert>`: description, impact, mitigation, prevention, configuration and incidents. */
export const alertCommand = commandRoute({
  name: 'alert',
  aliases: ['show'],
  summary: 'one alert in detail, with its incidents',
  usage,
  access: 'read',
  async handle(deps, turn, input) {
    const found = await findAlert(deps.pim, input.text, usage, [], 'open');
    return 'answer' in found ? found.answer : showAlert(deps, turn, found.alert.id);
  },
});
