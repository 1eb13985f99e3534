/**
 * The last `x-ms-ratelimit-remaining-*` values Resource Manager sent (subscription and tenant reads/writes). No source
 * documents them for the PIM alert operations; they are general ARM headers, read when present and ignored otherwise.
 */
export class RateLimitGauge {
  private readonly remaining = new Map<string, number>();

  read(headers: Headers): void {
    headers.forEach((value, name) => {
      const lower = name.toLowerCase();
      if (!lower.startsWith('x-ms-ratelimit-remaining-')) return;
      const count = Number.parseInt(value, 10);
      if (Number.isFinite(count) && count >= 0) this.remaining.set(lower.slice('x-ms-ratelimit-remaining-'.length), count);
    });
  }

  /** The lowest remaining read allowance seen (subscription or tenant), or undefined when none was sent. */
  lowestReads(): number | undefined {
    const reads = [...this.remaining.entries()].filter(([name]) => name.endsWith('-reads')).map(([, count]) => count);
    return reads.length > 0 ? Math.min(...reads) : undefined;
  }

  snapshot(): Readonly<Record<string, number>> {
    return Object.fromEntries(this.remaining);
  }
}
