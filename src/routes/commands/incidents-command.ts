import { showAlert } from '../../use-cases/show-alerts';
import { commandRoute } from '../route';
import { findAlert } from './find-alert';

const usage = 'incidents <alert>';

/** `incidents <alert>`: the alert's incidents, paged, without the long texts. */
export const incidentsCommand = commandRoute({
  name: 'incidents',
  summary: "an alert's incidents (who, which role, evidence), 10 per page",
  usage,
  access: 'read',
  async handle(deps, turn, input) {
    const found = await findAlert(deps.pim, input.text, usage, [], 'open');
    return 'answer' in found ? found.answer : showAlert(deps, turn, found.alert.id, true);
  },
});
