import { dismissAlert } from '../../use-cases/dismiss-alert';
import { commandRoute } from '../route';
import { findAlert } from './find-alert';

const usage = 'dismiss <alert>';

/** `dismiss <alert>`: dismisses an active alert (audited). */
export const dismissCommand = commandRoute({
  name: 'dismiss',
  summary: 'dismiss an alert until its next scan finds it again',
  usage,
  access: 'write',
  async handle(deps, turn, input) {
    const found = await findAlert(deps.pim, input.text, usage);
    return 'answer' in found ? found.answer : dismissAlert(deps, turn, found.alert.id);
  },
});
