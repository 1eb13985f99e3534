import { GUID } from '../pim/ids';
import { AppError } from '../errors/app-error';

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads typed values from an environment. A malformed value is recorded in `problems` (naming the
 * variable and what it expects) and the fallback is returned, so every problem is reported at once.
 */
export class EnvReader {
  readonly problems: string[] = [];

  constructor(private readonly env: Env) {}

  /** Throws one AppError `configuration` listing every problem recorded so far (one per line), if any. */
  throwIfProblems(): void {
    if (this.problems.length === 0) return;
    throw new AppError('configuration', { userMessage: this.problems.join('\n'), details: { problems: [...this.problems] } });
  }

  /** Records a problem that is not about one value's shape (e.g. two settings that contradict). */
  problem(message: string): void {
    this.problems.push(message);
  }

  string(name: string, fallback = ''): string {
    const value = this.env[name]?.trim();
    return value === undefined || value === '' ? fallback : value;
  }

  optional(name: string): string | undefined {
    const value = this.string(name);
    return value === '' ? undefined : value;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.string(name);
    if (raw === '') return fallback;
    const value = Number(raw);
    if (/^-?\d+$/.test(raw) && value >= min && value <= max) return value;
    return this.invalid(name, `a whole number from ${min} to ${max}`, raw, fallback);
  }

  boolean(name: string, fallback: boolean): boolean {
    const raw = this.string(name).toLowerCase();
    if (raw === '') return fallback;
    if (['true', '1', 'yes', 'on'].includes(raw)) return true;
    if (['false', '0', 'no', 'off'].includes(raw)) return false;
    return this.invalid(name, 'true or false', raw, fallback);
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.string(name);
    if (raw === '') return fallback;
    const match = allowed.find((value) => value.toLowerCase() === raw.toLowerCase());
    return match ?? this.invalid(name, `one of ${allowed.join(', ')}`, raw, fallback);
  }

  url(name: string, fallback: string): string {
    const raw = this.string(name, fallback);
    return isHttpUrl(raw) ? raw.replace(/\/+$/, '') : this.invalid(name, 'an http(s) URL', raw, fallback);
  }

  /** A comma- or space-separated list; each item must match `pattern` (bad items are reported and left out). */
  list(name: string, pattern: RegExp, expected: string): readonly string[] {
    const items = this.string(name).split(/[\s,;]+/).filter((item) => item !== '');
    const bad = items.find((item) => !pattern.test(item));
    if (bad !== undefined) this.invalid(name, `a list of ${expected}`, bad, undefined);
    return items.filter((item) => pattern.test(item));
  }

  guid(name: string): string | undefined {
    const value = this.optional(name);
    if (value !== undefined && !GUID.test(value)) return this.invalid(name, 'a GUID', value, undefined);
    return value?.toLowerCase();
  }

  private invalid<T>(name: string, expected: string, value: string, fallback: T): T {
    this.problems.push(`${name} must be ${expected} (got "${value.length > 60 ? `${value.slice(0, 60)}…` : value}").`);
    return fallback;
  }
}

function isHttpUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
