import { VALID_ALERT_ID } from './hostile-values';

/**
 * Arguments that make each command a write, by command name. Every command whose access is not plainly
 * `read` must be listed (a test walks the route table and checks it), so a new write command cannot be
 * left out of the "non-admins cannot write" tests.
 */
export const WRITE_COMMAND_ARGUMENTS: Readonly<Record<string, readonly string[]>> = {
  dismiss: ['staleSignIn', VALID_ALERT_ID],
  refresh: ['staleSignIn', 'all', ''],
  remediate: ['staleSignIn incident-1'],
  config: ['staleSignIn isEnabled=false', 'staleSignIn duration=30'],
  subscribe: ['', 'high', 'type staleSignIn'],
  unsubscribe: [''],
  subscriptions: ['all'],
  digest: ['daily 08:00', 'weekly monday 08:00 Europe/Berlin', 'off'],
  quiet: ['22:00-07:00', 'off'],
  audit: ['', '5', 'verify'],
  snooze: ['staleSignIn 4h maintenance window', 'end staleSignIn'],
  watch: ['here', 'everywhere'],
  exclude: ['user breakglass@contoso.example emergency access', 'group 55555555-5555-4555-8555-555555555555 break glass', 'remove breakglass@contoso.example'],
};

/**
 * Well-formed data for each card verb that writes, by verb (several shapes where the verb takes several).
 * Every write verb must be listed and its data must pass the verb's own reader (a test checks both), so
 * a refusal is the access check's, not a rejection of the data.
 */
export const WRITE_VERB_DATA: Readonly<Record<string, readonly Record<string, unknown>[]>> = {
  'alert.dismiss': [{ alertId: VALID_ALERT_ID }],
  'alert.refresh': [{ alertId: VALID_ALERT_ID, page: 0 }, { scope: 'all' }],
  'incident.remediate': [{ alertId: VALID_ALERT_ID, incidentId: 'incident-1', page: 0 }],
  'incident.remediate.confirm': [{ alertId: VALID_ALERT_ID, incidentId: 'incident-1', page: 0 }, { alertId: VALID_ALERT_ID, incidentId: 'incident-1', page: 0, acknowledged: true }],
  'incident.remediate.selected': [{ alertId: VALID_ALERT_ID, page: 0, pick0: 'incident-1', pick1: '' }],
  'incident.remediate.selected.confirm': [{ alertId: VALID_ALERT_ID, page: 0, incidentIds: ['incident-1', 'incident-2'], acknowledged: false }],
  'alert.settings.save': [{ alertId: VALID_ALERT_ID, isEnabled: 'false' }, { alertId: VALID_ALERT_ID, isEnabled: 'true', s_duration: '45' }],
  'notifications.subscribe': [{ minimumSeverity: 'high' }, { minimumSeverity: 'informational' }],
};
