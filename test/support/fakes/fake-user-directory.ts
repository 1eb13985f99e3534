import type { DirectoryUser, UserDirectory } from '../../../src/directory/user-directory';
import { userKeyText, type UserKey } from '../../../src/directory/user-key';

export const BREAK_GLASS_USER: DirectoryUser = { id: 'b9e1c2d3-0000-4000-8000-00000000b001', displayName: 'Break Glass 1', userPrincipalName: 'BreakGlass@Contoso.com' };
export const GUEST_USER: DirectoryUser = { id: 'b9e1c2d3-0000-4000-8000-00000000b002', displayName: 'Ravi <b>Kumar</b>', userPrincipalName: 'ravi_fabrikam.com#EXT#@contoso.com' };

/** A directory over a fixed list (ids and UPNs case-insensitive); `failWith` makes every lookup throw it. */
export class FakeUserDirectory implements UserDirectory {
  readonly asked: string[] = [];
  failWith: Error | undefined;

  constructor(private readonly users: readonly DirectoryUser[] = [BREAK_GLASS_USER, GUEST_USER]) {}

  findUser(key: UserKey): Promise<DirectoryUser | undefined> {
    this.asked.push(userKeyText(key));
    if (this.failWith) return Promise.reject(this.failWith);
    const wanted = userKeyText(key).toLowerCase();
    return Promise.resolve(this.users.find((user) => user.id === wanted || user.userPrincipalName.toLowerCase() === wanted));
  }
}
