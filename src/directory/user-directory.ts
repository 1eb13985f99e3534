import type { UserKey } from './user-key';

/** A user as the directory (Entra) names them. */
export interface DirectoryUser {
  /** Entra object id, lower case. */
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
}

/**
 * Looks users up in the directory. `findUser` answers the user, or undefined when the directory has no
 * such user (Graph 404); it throws an AppError when it could not tell (permission, throttling, timeout).
 */
export interface UserDirectory {
  findUser(key: UserKey): Promise<DirectoryUser | undefined>;
}
