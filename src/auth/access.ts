/** The user behind an activity, as much as Teams tells us. */
export interface ActingUser {
  /** Entra object id (`from.aadObjectId`); absent for some clients and anonymous users. */
  readonly aadObjectId?: string;
  /** The Teams/Bot Framework user id (`from.id`). */
  readonly id: string;
  readonly name: string;
}

export type AccessLevel = 'read' | 'write';

export type AccessDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly reason: string };

/** Decides whether a user may read alerts or change PIM (and subscriptions). */
export interface AccessPolicy {
  check(user: ActingUser, level: AccessLevel): Promise<AccessDecision>;
}
