import type { Alert } from '../pim/model';
import { parseIsoDuration } from '../pim/settings/iso-duration';

const PLACEHOLDER = /\{(\d)\}/g;

/**
 * The definition's description with its placeholders filled. Graph's descriptions are templates
 * (https://learn.microsoft.com/graph/api/rolemanagementalert-list-alertdefinitions?view=graph-rest-beta):
 * `{0}` is the number of incidents ("{0} account(s) in privileged roles …") and `{1}`
 * the alert's configured number of days ("… in the past {1} day(s)", the `duration` setting). A value
 * we cannot know is written as a word, never left as `{n}`.
 */
export function alertDescription(alert: Alert): string {
  const description = alert.definition?.description ?? '';
  return description.replace(PLACEHOLDER, (_all, index: string) => {
    if (index === '0') return alert.incidentCount.toLocaleString('en-US');
    if (index === '1') return configuredDays(alert) ?? 'the configured number of';
    return 'some';
  });
}

/** The `duration` setting in whole days (`P30D` → `30`), or undefined when not set or not in days. */
function configuredDays(alert: Alert): string | undefined {
  const value = alert.configuration?.settings.duration;
  if (typeof value !== 'string') return undefined;
  const seconds = parseIsoDuration(value);
  return seconds === null || seconds % 86400 !== 0 ? undefined : String(seconds / 86400);
}
