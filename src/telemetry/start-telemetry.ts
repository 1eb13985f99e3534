import { shutdownAzureMonitor, useAzureMonitor } from '@azure/monitor-opentelemetry';
import type { AppConfig } from '../config/app-config';
import type { Logger } from '../logging/logger';
import { ConsoleTelemetry } from './console-telemetry';
import { OpenTelemetry } from './open-telemetry';
import { noTelemetry, useTelemetry, type Telemetry } from './telemetry';

const OFF = { enabled: false };

/**
 * Telemetry as configured, installed for the process: Application Insights through the Azure Monitor
 * OpenTelemetry distro when `APPLICATIONINSIGHTS_CONNECTION_STRING` is set (our own spans and metrics
 * only: the automatic HTTP and Azure SDK instrumentations stay off, so no URL, header or body of a
 * Teams or Graph request is exported), JSON log lines with `TELEMETRY_CONSOLE=true`, else off.
 * Returns the shutdown step (flushes what is buffered).
 */
export function startTelemetry(config: AppConfig['telemetry'], logger: Logger): () => Promise<void> {
  if (config.connectionString) {
    useAzureMonitor({
      azureMonitorExporterOptions: { connectionString: config.connectionString },
      enableLiveMetrics: false,
      instrumentationOptions: { http: OFF, azureSdk: OFF, mongoDb: OFF, mySql: OFF, postgreSql: OFF, redis: OFF, redis4: OFF, bunyan: OFF, winston: OFF, console: OFF },
    });
    install(new OpenTelemetry(), logger, 'application insights');
    return () => shutdownAzureMonitor();
  }
  if (config.console) {
    install(new ConsoleTelemetry(logger.child('telemetry')), logger, 'console');
    return () => Promise.resolve();
  }
  install(noTelemetry, logger, 'off');
  return () => Promise.resolve();
}

function install(telemetry: Telemetry, logger: Logger, where: string): void {
  useTelemetry(telemetry);
  logger.info('telemetry', { exporter: where });
}
