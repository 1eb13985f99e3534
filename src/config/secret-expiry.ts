import type { AppConfig } from './app-config';
import type { EnvReader } from './env-reader';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** How many days before a configured client secret expires the bot starts warning. */
export const SECRET_WARNING_DAYS = 30;

/**
 * CLIENT_SECRET_EXPIRES_ON: when the client secret in use (MicrosoftAppPassword / AZURE_CLIENT_SECRET)
 * expires, a date (00:00 UTC) or a date and time with an offset; absent = no warning. Kept as an ISO instant.
 */
export function readSecretExpiry(read: EnvReader): AppConfig['secrets'] {
  const raw = read.optional('CLIENT_SECRET_EXPIRES_ON');
  if (raw === undefined) return {};
  const instant = DATE_ONLY.test(raw) ? `${raw}T00:00:00Z` : raw;
  const time = DATE_TIME.test(instant) ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(time) || (DATE_ONLY.test(raw) && new Date(time).toISOString().slice(0, 10) !== raw)) {
    read.problem(`CLIENT_SECRET_EXPIRES_ON must be a date such as 2027-06-30 or a date and time such as 2027-06-30T12:00:00Z (got "${raw.slice(0, 60)}").`);
    return {};
  }
  return { clientSecretExpiresAt: new Date(time).toISOString() };
}
