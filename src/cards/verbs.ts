/** `Action.Execute` verbs: the one list shared by the card templates and the card routes. */
export const VERBS = {
  openAlert: 'alert.open',
  dismiss: 'alert.dismiss',
  refresh: 'alert.refresh',
  page: 'alert.page',
  remediate: 'incident.remediate',
  confirmRemediation: 'incident.remediate.confirm',
  cancelRemediation: 'incident.remediate.cancel',
  /** "Remediate selected" under the incident list: the incidents ticked on the card (Input.Toggle `pick0`…). */
  remediateSelected: 'incident.remediate.selected',
  confirmRemediateSelected: 'incident.remediate.selected.confirm',
  /** The settings form of an alert (`config <alert>`, Settings on the alert card) and its Save. */
  settings: 'alert.settings',
  saveSettings: 'alert.settings.save',
  /** A card's `refresh` action (user-specific views): the card as this user may see it. No button uses it. */
  refreshView: 'card.refreshView',
  /** Welcome card in a team (src/routes/card-actions/subscribe-action.ts). */
  subscribe: 'notifications.subscribe',
  /** "I'm on it" on a notification card (src/routes/card-actions/acknowledge-action.ts). */
  acknowledge: 'notification.acknowledge',
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];

export const ALL_VERBS: readonly Verb[] = Object.values(VERBS);
