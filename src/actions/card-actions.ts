import type { RegisteredAction } from './card-action';
import { cancelRemediationAction } from './cancel-remediation-action';
import { confirmRemediationAction } from './confirm-remediation-action';
import { dismissAction } from './dismiss-action';
import { openAlertAction } from './open-alert-action';
import { pageAction } from './page-action';
import { refreshAction } from './refresh-action';
import { refreshViewAction } from './refresh-view-action';
import { remediateAction } from './remediate-action';

/** Every card verb the bot handles: the route table. */
export const CARD_ACTIONS: readonly RegisteredAction[] = [
  openAlertAction,
  pageAction,
  dismissAction,
  refreshAction,
  remediateAction,
  confirmRemediationAction,
  cancelRemediationAction,
  refreshViewAction,
];
