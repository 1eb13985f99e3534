/**
 * The bytes held, across every request, by bodies still being read. Bodies are read before
 * authentication, so this is what unauthenticated clients can make the process hold at once: a read
 * that would pass `maxBytes` is refused (503) instead of buffered. `peakBytes` is the most ever held.
 */
export class BodyBudget {
  private held = 0;
  private peak = 0;

  constructor(readonly maxBytes: number) {}

  /** Takes `bytes` from the budget; false (nothing taken) when that would pass the cap. */
  take(bytes: number): boolean {
    if (this.held + bytes > this.maxBytes) return false;
    this.held += bytes;
    this.peak = Math.max(this.peak, this.held);
    return true;
  }

  giveBack(bytes: number): void {
    this.held = Math.max(0, this.held - bytes);
  }

  get heldBytes(): number {
    return this.held;
  }

  get peakBytes(): number {
    return this.peak;
  }
}
