/**
 * Keys of write operations under way (`dismiss:<alertId>`, `remediate:<alertId>/<incidentId>`): a
 * second click while the first is running finds the key taken and does nothing twice.
 */
export class InFlightLocks {
  private readonly held = new Set<string>();

  /** Takes `key` and returns its release function, or null when it is already taken. */
  tryAcquire(key: string): (() => void) | null {
    if (this.held.has(key)) return null;
    this.held.add(key);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.held.delete(key);
    };
  }

  isHeld(key: string): boolean {
    return this.held.has(key);
  }
}
