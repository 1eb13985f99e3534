import type { AppConfig } from './app-config';
import type { EnvReader } from './env-reader';

/** WATCH_HEALTH_*: when people are told the watcher cannot watch, how often every instance checks, the runbook link. */
export function readWatchHealthConfig(read: EnvReader): AppConfig['watchHealth'] {
  const runbookUrl = read.optional('WATCH_HEALTH_RUNBOOK_URL') === undefined ? '' : read.url('WATCH_HEALTH_RUNBOOK_URL', '');
  return {
    alertAfterMinutes: read.integer('WATCH_HEALTH_ALERT_MINUTES', 15, 1, 1440),
    checkSeconds: read.integer('WATCH_HEALTH_CHECK_SECONDS', 60, 5, 3600),
    ...(runbookUrl === '' ? {} : { runbookUrl }),
  };
}
