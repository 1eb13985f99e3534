import type { AlertWithIncidents } from '../pim/model';

/** Most incidents one bulk remediation acts on (Remediate selected, `remediate <alert> <name>, <name>…`). */
export const MAX_BULK_REMEDIATION = 10;
/**
 * Most incident ids an alert card carries from page to page. More than `MAX_BULK_REMEDIATION` may be picked,
 * so the card can say how many to untick; beyond this, further ticks are not kept (and the card says so).
 */
export const MAX_CARRIED_SELECTION = 2 * MAX_BULK_REMEDIATION;

export interface CheckedSelection {
  /** The selected ids that are incidents of the alert now, in the order picked (at most `MAX_CARRIED_SELECTION`). */
  readonly ids: readonly string[];
  /** A line for the card when ids were dropped (not incidents of the alert now, or too many to carry). */
  readonly notice?: string;
}

/**
 * A selection sent by a card (carried ids and ticks: forged input) checked against the alert's current
 * incidents: unknown ids are dropped and said, so none reaches Graph or the next card.
 */
export function checkSelection(alert: AlertWithIncidents, asked: readonly string[]): CheckedSelection {
  const current = new Set(alert.incidents.map((incident) => incident.id));
  const known = asked.filter((id) => current.has(id));
  const unknown = asked.length - known.length;
  const kept = known.slice(0, MAX_CARRIED_SELECTION);
  const over = known.length - kept.length;
  const lines = [
    ...(unknown > 0 ? [`${unknown} selected incident${unknown === 1 ? ' is' : 's are'} not (or no longer) among this alert's incidents and ${unknown === 1 ? 'was' : 'were'} dropped from the selection.`] : []),
    ...(over > 0 ? [`At most ${MAX_CARRIED_SELECTION} selections are kept across pages; the last ${over} ticked ${over === 1 ? 'was' : 'were'} not kept.`] : []),
  ];
  return { ids: kept, ...(lines.length > 0 ? { notice: lines.join(' ') } : {}) };
}
