import type { Logger } from '../logging/logger';
import { errorCode } from './error-code';
import type { MetricName, Telemetry, TelemetryAttributes } from './telemetry';

/** `TELEMETRY_CONSOLE=true`: every span and measurement as a JSON log line (`telemetry span`, `telemetry metric`), for local use. */
export class ConsoleTelemetry implements Telemetry {
  constructor(private readonly logger: Logger) {}

  async span<T>(name: string, attributes: TelemetryAttributes, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      const result = await work();
      this.logger.info('telemetry span', { span: name, ...attributes, outcome: 'ok', ms: Math.round(performance.now() - started) });
      return result;
    } catch (error: unknown) {
      this.logger.info('telemetry span', { span: name, ...attributes, outcome: 'error', code: errorCode(error), ms: Math.round(performance.now() - started) });
      throw error;
    }
  }

  count(metric: MetricName, attributes: TelemetryAttributes = {}, value = 1): void {
    this.logger.info('telemetry metric', { metric, ...attributes, value });
  }

  record(metric: MetricName, value: number, attributes: TelemetryAttributes = {}): void {
    this.logger.info('telemetry metric', { metric, ...attributes, value });
  }
}
