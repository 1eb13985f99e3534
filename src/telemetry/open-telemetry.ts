import { SpanStatusCode, metrics, trace, type Attributes, type Counter, type Histogram } from '@opentelemetry/api';
import { errorCode } from './error-code';
import type { MetricName, Telemetry, TelemetryAttributes } from './telemetry';

const SCOPE = 'pim-alerts-for-teams';

/** The Telemetry port over the OpenTelemetry API (exported to Application Insights by `startAzureMonitor`). */
export class OpenTelemetry implements Telemetry {
  private readonly tracer = trace.getTracer(SCOPE);
  private readonly meter = metrics.getMeter(SCOPE);
  private readonly counters = new Map<MetricName, Counter>();
  private readonly histograms = new Map<MetricName, Histogram>();

  span<T>(name: string, attributes: TelemetryAttributes, work: () => Promise<T>): Promise<T> {
    return this.tracer.startActiveSpan(name, { attributes: defined(attributes) }, async (span) => {
      try {
        const result = await work();
        span.setStatus({ code: SpanStatusCode.OK });
        return result;
      } catch (error: unknown) {
        span.setAttribute('error.code', errorCode(error));
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw error;
      } finally {
        span.end();
      }
    });
  }

  count(metric: MetricName, attributes: TelemetryAttributes = {}, value = 1): void {
    let counter = this.counters.get(metric);
    if (!counter) this.counters.set(metric, (counter = this.meter.createCounter(metric)));
    counter.add(value, defined(attributes));
  }

  record(metric: MetricName, value: number, attributes: TelemetryAttributes = {}): void {
    let histogram = this.histograms.get(metric);
    if (!histogram) this.histograms.set(metric, (histogram = this.meter.createHistogram(metric)));
    histogram.record(value, defined(attributes));
  }
}

function defined(attributes: TelemetryAttributes): Attributes {
  return Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== undefined));
}
