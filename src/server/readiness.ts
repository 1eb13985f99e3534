import { toAppError } from '../errors/app-error';

/** One dependency of this instance that /readyz checks (the storage ping); never an upstream API (Graph, Resource Manager). */
export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<void>;
}

export interface ReadinessReport {
  readonly ready: boolean;
  readonly checks: Readonly<Record<string, { readonly ok: boolean; readonly ms: number; readonly error?: string }>>;
}

/** Runs every check in parallel, each bounded by `timeoutMs`; a failure names the check and why. */
export async function runReadinessChecks(checks: readonly ReadinessCheck[], timeoutMs = 5000): Promise<ReadinessReport> {
  const results = await Promise.all(checks.map(async (item) => [item.name, await runOne(item, timeoutMs)] as const));
  return { ready: results.every(([, result]) => result.ok), checks: Object.fromEntries(results) };
}

async function runOne(item: ReadinessCheck, timeoutMs: number): Promise<{ ok: boolean; ms: number; error?: string }> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([item.check(), timeout]);
    return { ok: true, ms: Date.now() - started };
  } catch (error) {
    const message = error instanceof Error && !('code' in error) ? error.message : toAppError(error).message;
    return { ok: false, ms: Date.now() - started, error: message.slice(0, 300) };
  } finally {
    clearTimeout(timer);
  }
}
