import type { LogFields, Logger, LogLevel } from '../../../src/logging/logger';

export interface LogEntry {
  readonly level: LogLevel;
  readonly logger: string;
  readonly message: string;
  readonly fields: LogFields;
}

/** A Logger that keeps every entry, fields as passed (before JSON and redaction), for tests to inspect. */
export class RecordingLogger implements Logger {
  constructor(
    readonly entries: LogEntry[] = [],
    private readonly name = 'test',
    private readonly inherited: LogFields = {},
  ) {}

  debug(message: string, fields?: LogFields): void { this.record('debug', message, fields); }
  info(message: string, fields?: LogFields): void { this.record('info', message, fields); }
  warn(message: string, fields?: LogFields): void { this.record('warn', message, fields); }
  error(message: string, fields?: LogFields): void { this.record('error', message, fields); }

  child(name: string, fields: LogFields = {}): Logger {
    return new RecordingLogger(this.entries, `${this.name}:${name}`, { ...this.inherited, ...fields });
  }

  /** The entries whose message matches. */
  find(pattern: RegExp): LogEntry[] {
    return this.entries.filter((entry) => pattern.test(entry.message));
  }

  private record(level: LogLevel, message: string, fields: LogFields = {}): void {
    this.entries.push({ level, logger: this.name, message, fields: { ...this.inherited, ...fields } });
  }
}
