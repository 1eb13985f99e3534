import { AppError } from '../errors/app-error';

export type Env = Readonly<Record<string, string | undefined>>;

function invalid(name: string, expected: string, value: string): AppError {
  return new AppError('configuration', {
    userMessage: `${name} must be ${expected} (got "${value.length > 60 ? `${value.slice(0, 60)}…` : value}").`,
  });
}

/** Reads typed values from an environment; a malformed value throws AppError naming the variable. */
export class EnvReader {
  constructor(private readonly env: Env) {}

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
    if (!/^-?\d+$/.test(raw) || value < min || value > max) {
      throw invalid(name, `a whole number from ${min} to ${max}`, raw);
    }
    return value;
  }

  boolean(name: string, fallback: boolean): boolean {
    const raw = this.string(name).toLowerCase();
    if (raw === '') return fallback;
    if (['true', '1', 'yes', 'on'].includes(raw)) return true;
    if (['false', '0', 'no', 'off'].includes(raw)) return false;
    throw invalid(name, 'true or false', raw);
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.string(name);
    if (raw === '') return fallback;
    const match = allowed.find((value) => value.toLowerCase() === raw.toLowerCase());
    if (!match) throw invalid(name, `one of ${allowed.join(', ')}`, raw);
    return match;
  }

  url(name: string, fallback: string): string {
    const raw = this.string(name, fallback);
    try {
      const url = new URL(raw);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
      return raw.replace(/\/+$/, '');
    } catch {
      throw invalid(name, 'an http(s) URL', raw);
    }
  }

  /** A comma- or space-separated list; each item must match `pattern`. */
  list(name: string, pattern: RegExp, expected: string): readonly string[] {
    const items = this.string(name).split(/[\s,;]+/).filter((item) => item !== '');
    for (const item of items) if (!pattern.test(item)) throw invalid(name, `a list of ${expected}`, item);
    return items;
  }

  guid(name: string): string | undefined {
    const value = this.optional(name);
    if (value !== undefined && !GUID.test(value)) throw invalid(name, 'a GUID', value);
    return value?.toLowerCase();
  }
}

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
