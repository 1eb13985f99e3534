import type { AppConfig } from './app-config';
import type { EnvReader } from './env-reader';

/** APPLICATIONINSIGHTS_CONNECTION_STRING (Application Insights; holds the ingestion key, never logged) and TELEMETRY_CONSOLE. */
export function readTelemetryConfig(read: EnvReader): AppConfig['telemetry'] {
  const connectionString = read.optional('APPLICATIONINSIGHTS_CONNECTION_STRING');
  if (connectionString !== undefined && !/(^|;)\s*(InstrumentationKey|IngestionEndpoint)=/i.test(connectionString)) {
    read.problem('APPLICATIONINSIGHTS_CONNECTION_STRING must be an Application Insights connection string (InstrumentationKey=…;IngestionEndpoint=…).');
  }
  return { ...(connectionString === undefined ? {} : { connectionString }), console: read.boolean('TELEMETRY_CONSOLE', false) };
}
