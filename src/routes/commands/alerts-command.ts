import { showAlertList } from '../../use-cases/show-alerts';
import { commandRoute } from '../route';

/** `alerts`: every alert, most severe first, dismissed ones collapsed. */
export const alertsCommand = commandRoute({
  name: 'alerts',
  aliases: ['list'],
  summary: 'every PIM alert with severity, status, incident count and last scan',
  usage: 'alerts',
  access: 'read',
  handle: (deps, turn) => showAlertList(deps, turn),
});
