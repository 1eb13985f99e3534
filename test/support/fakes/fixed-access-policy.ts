import type { AccessDecision, AccessLevel, AccessPolicy, ActingUser } from '../../../src/auth/access';

export const REFUSAL = 'Only PIM alert administrators can do that.';

/** Reads for everyone; writes only for the given user ids. Records every check. */
export class FixedAccessPolicy implements AccessPolicy {
  readonly checks: { userId: string; level: AccessLevel }[] = [];

  constructor(private readonly writers: readonly string[]) {}

  check(user: ActingUser, level: AccessLevel): Promise<AccessDecision> {
    this.checks.push({ userId: user.id, level });
    const allowed = level === 'read' || this.writers.includes(user.id);
    return Promise.resolve(allowed ? { allowed: true } : { allowed: false, reason: REFUSAL });
  }
}
