import { LOG_LEVELS, type LogFields, type Logger, type LogLevel } from './logger';
import { redact } from './redact';

export type LogSink = (line: string) => void;

/**
 * Writes one JSON object per line: time, level, logger name, message and redacted fields. Those four are
 * the logger's own: no field (from a call or a child) can overwrite them.
 */
export class JsonLogger implements Logger {
  constructor(
    private readonly minimumLevel: LogLevel,
    private readonly sink: LogSink = (line) => process.stdout.write(`${line}\n`),
    private readonly name = 'pim-alerts',
    private readonly fields: LogFields = {},
  ) {}

  debug(message: string, fields?: LogFields): void {
    this.write('debug', message, fields);
  }

  info(message: string, fields?: LogFields): void {
    this.write('info', message, fields);
  }

  warn(message: string, fields?: LogFields): void {
    this.write('warn', message, fields);
  }

  error(message: string, fields?: LogFields): void {
    this.write('error', message, fields);
  }

  child(name: string, fields: LogFields = {}): Logger {
    return new JsonLogger(this.minimumLevel, this.sink, `${this.name}:${name}`, { ...this.fields, ...fields });
  }

  private write(level: LogLevel, message: string, fields: LogFields = {}): void {
    if (LOG_LEVELS.indexOf(level) < LOG_LEVELS.indexOf(this.minimumLevel)) return;
    const entry: Record<string, unknown> = { time: new Date().toISOString(), level, logger: this.name, message };
    for (const [key, value] of Object.entries({ ...this.fields, ...fields })) {
      Object.defineProperty(entry, RESERVED.has(key) ? `field.${key}` : key, { value, enumerable: true, writable: true, configurable: true });
    }
    this.sink(JSON.stringify(redact(entry)));
  }
}

/** What the logger itself writes on every line: a field of the same name is written as `field.<name>` instead. */
const RESERVED: ReadonlySet<string> = new Set(['time', 'level', 'logger', 'message']);

/** A logger that drops everything: for tests that do not look at logs. */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => silentLogger,
};
