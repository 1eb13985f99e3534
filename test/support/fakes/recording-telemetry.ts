import { errorCode } from '../../../src/telemetry/error-code';
import type { MetricName, Telemetry, TelemetryAttributes } from '../../../src/telemetry/telemetry';

export interface RecordedSpan {
  readonly name: string;
  readonly attributes: TelemetryAttributes;
  readonly outcome: 'ok' | 'error';
  readonly code?: string;
}

export interface RecordedMeasurement {
  readonly metric: MetricName;
  readonly value: number;
  readonly attributes: TelemetryAttributes;
}

/** The Telemetry port in memory: every span and measurement, for assertions. */
export class RecordingTelemetry implements Telemetry {
  readonly spans: RecordedSpan[] = [];
  readonly measurements: RecordedMeasurement[] = [];

  async span<T>(name: string, attributes: TelemetryAttributes, work: () => Promise<T>): Promise<T> {
    try {
      const result = await work();
      this.spans.push({ name, attributes, outcome: 'ok' });
      return result;
    } catch (error: unknown) {
      this.spans.push({ name, attributes, outcome: 'error', code: errorCode(error) });
      throw error;
    }
  }

  count(metric: MetricName, attributes: TelemetryAttributes = {}, value = 1): void {
    this.measurements.push({ metric, value, attributes });
  }

  record(metric: MetricName, value: number, attributes: TelemetryAttributes = {}): void {
    this.measurements.push({ metric, value, attributes });
  }

  of(metric: MetricName): RecordedMeasurement[] {
    return this.measurements.filter((measurement) => measurement.metric === metric);
  }

  /** Everything recorded, as one string (to check nothing secret or user-typed is in it). */
  dump(): string {
    return JSON.stringify({ spans: this.spans, measurements: this.measurements });
  }
}
