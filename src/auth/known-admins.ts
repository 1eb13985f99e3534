/** Teams allows at most 60 user MRIs in a card's `refresh.userIds`. */
export const MAX_REFRESH_USER_IDS = 60;

/** Teams user MRIs (`29:...`) look like this; anything else is not put into a card. */
const USER_MRI = /^29:[A-Za-z0-9._-]{1,200}$/;

/**
 * The Teams user ids (MRIs) of administrators seen recently, learned when they pass a write check, so
 * a shared card can ask Teams to refresh itself (with its action buttons) for them only. Most recent
 * first; at most 60 (the Teams limit).
 */
export class KnownAdmins {
  private readonly ids = new Set<string>();

  remember(userId: string): void {
    if (!USER_MRI.test(userId)) return;
    this.ids.delete(userId);
    this.ids.add(userId);
    if (this.ids.size > MAX_REFRESH_USER_IDS) {
      const oldest = this.ids.values().next();
      if (!oldest.done) this.ids.delete(oldest.value);
    }
  }

  forget(userId: string): void {
    this.ids.delete(userId);
  }

  /** For `refresh.userIds`: newest first, never more than 60. */
  userIds(): readonly string[] {
    return [...this.ids].reverse();
  }
}
