import type { ExcludedIncidents } from '../cards/incident-marks';
import { summarizeIncident } from '../cards/incident-summary';
import { formatAlertVersion } from '../use-cases/alert-version';
import type { IncidentRise } from './incident-rise';

/** How many new incidents one notification lists (all new since the last poll); the rest are counted and Open alert lists them. */
export const MAX_LISTED_INCIDENTS = 5;

/** One incident row as the notification stated it (plain text, escaped when drawn). */
export interface AnnouncedIncident {
  readonly id: string;
  readonly subject: string;
  readonly details: string;
  /** About an excluded (break-glass) person when it was posted, or not checked (the group lookup failed). */
  readonly exclusion?: 'excluded' | 'unchecked';
}

/**
 * What a notification stated, stored with its broadcast: every count and name a redraw ("I'm on it", an
 * administrator's own view) shows comes from here, never from the clicked card's data.
 */
export interface NotificationAnnouncement {
  readonly alertId: string;
  /** The alert version it announced (use-cases/alert-version.ts): a redraw reads the alert at least this new. */
  readonly version: string;
  readonly fromCount: number;
  readonly toCount: number;
  readonly becameActive: boolean;
  /** How many incidents were new (it lists at most MAX_LISTED_INCIDENTS of them). */
  readonly newCount: number;
  readonly incidents: readonly AnnouncedIncident[];
}

const MAX_SUBJECT = 300;
const MAX_DETAILS = 300;

/** The announcement of a rise: counts, version and the new incidents (the first MAX_LISTED_INCIDENTS) as rows. */
export function announce(rise: IncidentRise, excludedIncidentIds?: ExcludedIncidents): NotificationAnnouncement {
  const listed = rise.newIncidents.slice(0, MAX_LISTED_INCIDENTS);
  return {
    alertId: rise.alert.id,
    version: formatAlertVersion(rise.alert),
    fromCount: rise.fromCount,
    toCount: rise.toCount,
    becameActive: rise.becameActive,
    newCount: rise.newIncidents.length,
    incidents: listed.map((incident) => {
      const summary = summarizeIncident(incident);
      return {
        id: incident.id,
        subject: summary.subject.slice(0, MAX_SUBJECT),
        details: summary.details.join(' · ').slice(0, MAX_DETAILS),
        ...exclusionOf(incident.id, excludedIncidentIds),
      };
    }),
  };
}

function exclusionOf(incidentId: string, excluded: ExcludedIncidents | undefined): Pick<AnnouncedIncident, 'exclusion'> {
  if (excluded?.has(incidentId)) return { exclusion: 'excluded' };
  return excluded?.unchecked?.has(incidentId) ? { exclusion: 'unchecked' } : {};
}

/** What a redraw marks: the stored state joined with today's (an exclusion added since shows too). */
export function exclusionsNow(incidents: readonly AnnouncedIncident[], now: ExcludedIncidents | undefined): ExcludedIncidents {
  const excluded = new Set(incidents.filter((incident) => incident.exclusion === 'excluded').map((incident) => incident.id));
  for (const id of now ?? []) excluded.add(id);
  const unchecked = new Set(incidents.filter((incident) => incident.exclusion === 'unchecked').map((incident) => incident.id));
  for (const id of now?.unchecked ?? []) unchecked.add(id);
  return Object.assign(excluded, { unchecked });
}
