/** Group memberships for `checkMemberGroups`; a member may itself be a group (transitive membership). */
export class GroupStore {
  private readonly members = new Map<string, ReadonlySet<string>>();

  clear(): void {
    this.members.clear();
  }

  setMembers(groupId: string, memberIds: readonly string[]): void {
    this.members.set(groupId.toLowerCase(), new Set(memberIds.map((id) => id.toLowerCase())));
  }

  /** Every group with its members, e.g. for saving the tenant. */
  all(): Record<string, readonly string[]> {
    return Object.fromEntries([...this.members].map(([groupId, members]) => [groupId, [...members]]));
  }

  membersOf(groupId: string): readonly string[] {
    return [...(this.members.get(groupId.toLowerCase()) ?? [])];
  }

  /** The ids from `groupIds` that `userId` belongs to, directly or through nested groups. */
  memberGroups(userId: string, groupIds: readonly string[]): string[] {
    return groupIds.filter((groupId) => this.isMember(userId.toLowerCase(), groupId.toLowerCase(), new Set()));
  }

  private isMember(userId: string, groupId: string, visited: Set<string>): boolean {
    if (visited.has(groupId)) return false;
    visited.add(groupId);
    const members = this.members.get(groupId);
    if (!members) return false;
    if (members.has(userId)) return true;
    return [...members].some((member) => this.members.has(member) && this.isMember(userId, member, visited));
  }
}
