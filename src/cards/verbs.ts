/** `Action.Execute` verbs: the one list shared by the card templates and the action handlers. */
export const VERBS = {
  openAlert: 'alert.open',
  dismiss: 'alert.dismiss',
  refresh: 'alert.refresh',
  page: 'alert.page',
  remediate: 'incident.remediate',
  confirmRemediation: 'incident.remediate.confirm',
  cancelRemediation: 'incident.remediate.cancel',
  /** Welcome card in a team (src/notifications/subscribe-action.ts). */
  subscribe: 'notifications.subscribe',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];

export const ALL_VERBS: readonly Verb[] = Object.values(VERBS);
