/**
 * Dev and test tooling, never imported by the product: this process's wall clock (`Date`) moved by a fixed offset and
 * still running, so the browser test's pictures show the same dates on every run. Timers and `performance.now()` are
 * untouched. Two processes given the same offset agree on the time (the bot and the test's simulator).
 */

/** The bot's environment variable: milliseconds to add to its wall clock (`startBotProcess` preloads the shift). */
export const CLOCK_SHIFT_VARIABLE = 'PIM_DEV_CLOCK_SHIFT_MS';

/** Moves `Date` (no-argument construction, `Date()`, `Date.now()`) by `offsetMs`; returns what puts the real clock back. */
export function shiftClock(offsetMs: number): () => void {
  const real = globalThis.Date;
  const now = (): number => real.now() + offsetMs;
  globalThis.Date = new Proxy(real, {
    construct: (target, args: unknown[], newTarget: () => unknown) => Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget) as object,
    apply: () => new real(now()).toString(),
    get: (target, key, receiver) => (key === 'now' ? now : Reflect.get(target, key, receiver) as unknown),
  });
  return () => {
    globalThis.Date = real;
  };
}

/** The offset named by `PIM_DEV_CLOCK_SHIFT_MS`, or undefined when it is unset; anything but an integer is refused. */
export function clockShiftOf(env: NodeJS.ProcessEnv): number | undefined {
  const value = env[CLOCK_SHIFT_VARIABLE]?.trim();
  if (value === undefined || value === '') return undefined;
  if (!/^-?\d+$/.test(value)) throw new Error(`${CLOCK_SHIFT_VARIABLE} must be a whole number of milliseconds, got "${value.slice(0, 40)}"`);
  return Number(value);
}
