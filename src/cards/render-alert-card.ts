import { alertTypeInfo } from '../pim/alert-catalog';
import type { AlertWithIncidents } from '../pim/model';
import { describeSetting } from '../pim/settings/describe-setting';
import { alertDescription } from './alert-description';
import { alertHeadline, type AlertHeadline } from './alert-headline';
import { bulletText } from './bullet-text';
import type { CardPayload } from './card-payload';
import { renderTemplate } from './card-template';
import { escapeCardText } from './escape-card-text';
import type { AlertTriageMarks } from './incident-marks';
import { incidentPageData, type IncidentPageData } from './incident-page';
import { portalButtons, type PortalButton } from './portal-links';
import { withUserSpecificRefresh } from './user-specific-refresh';

/** What the viewer may do; the security side can hide write buttons for read-only users. */
export interface CardViewOptions {
  readonly actionsVisible: boolean;
  /**
   * For a card everyone in a group chat or channel sees: the users (MRIs, at most 60) Teams asks the
   * bot for their own view of it (user-specific views). Absent or empty: no `refresh` block.
   */
  readonly refreshUserIds?: readonly string[];
}

export interface AlertCardOptions extends CardViewOptions {
  readonly now: Date;
  /** Zero-based incident page. Out-of-range pages are clamped. */
  readonly page?: number;
  /** A line shown under the title, e.g. "Removed Jane Doe from Global Administrator". */
  readonly notice?: string;
  /** Incidents only: leaves out the definition texts and the configuration (on every page; other cards show them on the first page only). */
  readonly compact?: boolean;
  /** Snooze/owner lines, break-glass marks and Entra links (src/triage). */
  readonly triage?: AlertTriageMarks;
  /** Incident ids selected for Remediate selected (already checked against the alert): ticked on their page, carried by Previous/Next. */
  readonly selected?: readonly string[];
}

export interface AlertCardData extends AlertHeadline, IncidentPageData {
  readonly notices: readonly { readonly text: string }[];
  readonly sections: readonly { readonly heading: string; readonly text: string }[];
  readonly configuration: readonly { readonly facts: readonly { readonly title: string; readonly value: string }[] }[];
  readonly dismiss: readonly { readonly alertId: string }[];
  readonly refresh: readonly { readonly alertId: string; readonly page: number }[];
  readonly portal: readonly PortalButton[];
  /** Settings: the alert's settings form (everyone may look; Save is for those who may write). */
  readonly settings: readonly { readonly alertId: string }[];
}

export function renderAlertCard(alert: AlertWithIncidents, options: AlertCardOptions): CardPayload {
  const data = alertCardData(alert, options);
  const target = { alertId: alert.id, page: data.page, ...(options.compact ? { compact: true as const } : {}) };
  return withUserSpecificRefresh(renderTemplate('alert', data), target, options.refreshUserIds);
}

export function alertCardData(read: AlertWithIncidents, options: AlertCardOptions): AlertCardData {
  // The card lists every incident, so its count is theirs: Graph's incidentCount can lag a write or a scan.
  const alert = { ...read, incidentCount: read.incidents.length };
  const headline = alertHeadline(alert, options.now);
  const incidents = incidentPageData(alert, options.page ?? 0, options.actionsVisible, options.triage, options.compact === true, options.selected);
  const long = !options.compact && incidents.page === 0;
  const canWrite = options.actionsVisible;
  return {
    ...headline,
    ...incidents,
    notices: [...(options.notice ? [escapeCardText(options.notice)] : []), ...(options.triage?.notices ?? [])].map((text) => ({ text })),
    sections: long ? definitionSections(alert) : [],
    configuration: long ? configurationFacts(alert) : [],
    dismiss: canWrite && alert.isActive ? [{ alertId: headline.alertId }] : [],
    refresh: canWrite ? [{ alertId: headline.alertId, page: incidents.page }] : [],
    settings: alert.configuration ? [{ alertId: headline.alertId }] : [],
    portal: portalButtons(alert, options.triage?.links),
  };
}

function definitionSections(alert: AlertWithIncidents): AlertCardData['sections'] {
  const definition = alert.definition;
  if (!definition) return [];
  return [
    { heading: 'Description', text: alertDescription(alert) },
    { heading: 'Security impact', text: definition.securityImpact },
    { heading: 'Mitigation', text: definition.mitigationSteps },
    { heading: 'How to prevent', text: definition.howToPrevent },
  ].filter((section) => section.text.replace(/·/g, '').trim() !== '')
    .map((section) => ({ heading: section.heading, text: bulletText(section.text) }));
}

function configurationFacts(alert: AlertWithIncidents): AlertCardData['configuration'] {
  const configuration = alert.configuration;
  if (!configuration) return [];
  const specs = new Map((alert.alertKey ? alertTypeInfo(alert.alertKey).settings : []).map((spec) => [spec.name, spec]));
  const facts = [{ title: 'Enabled', value: configuration.isEnabled ? 'Yes' : 'No' }];
  for (const [name, value] of Object.entries(configuration.settings)) {
    const spec = specs.get(name);
    const shown = spec ? describeSetting(spec, value) : value === null ? 'not set' : String(value);
    facts.push({ title: escapeCardText(spec?.label ?? name, 100), value: escapeCardText(shown, 100) });
  }
  return [{ facts }];
}
