import type { AppConfig } from './app-config';
import type { EnvReader } from './env-reader';

/** WATCH_HEALTH_*: when people are told the watcher cannot watch, how often every instance checks, the runbook link. */
export function readWatchHealthConfig(read: EnvReader): AppConfig['watchHealth'] {
  const runbookUrl = read.optional('WATCH_HEALTH_RUNBOOK_URL') === undefined ? '' : read.url('WATCH_HEALTH_RUNBOOK_URL', '');
  return {
    alertAfterSeconds: alertAfterSeconds(read),
    checkSeconds: read.integer('WATCH_HEALTH_CHECK_SECONDS', 60, 2, 3600),
    ...(runbookUrl === '' ? {} : { runbookUrl }),
  };
}

/** WATCH_HEALTH_ALERT_MINUTES (1-1440, default 15), or to the second with WATCH_HEALTH_ALERT_SECONDS (10-86400; tests, tight set-ups): one of the two. */
function alertAfterSeconds(read: EnvReader): number {
  const minutes = read.integer('WATCH_HEALTH_ALERT_MINUTES', 15, 1, 1440);
  if (read.optional('WATCH_HEALTH_ALERT_SECONDS') === undefined) return minutes * 60;
  if (read.optional('WATCH_HEALTH_ALERT_MINUTES') !== undefined) read.problem('Set WATCH_HEALTH_ALERT_MINUTES or WATCH_HEALTH_ALERT_SECONDS, not both.');
  return read.integer('WATCH_HEALTH_ALERT_SECONDS', minutes * 60, 10, 86_400);
}
