import type { ActingUser } from '../../../src/auth/access';
import type { TurnConversation } from '../../../src/use-cases/turn';
import type { CardViewOptions } from '../../../src/cards/render-alert-card';
import { makeUseCaseDeps, type TestUseCaseDeps } from '../../support/fakes/use-case-deps';
import { ADMIN, RecordingTurn } from '../../support/fakes/recording-turn';

export const WRITE_VERBS = ['alert.dismiss', 'alert.refresh', 'incident.remediate', 'incident.remediate.confirm'];

/** A turn in a channel (everyone sees what it posts). */
export class ChannelTurn extends RecordingTurn {
  override readonly conversation: TurnConversation = { id: 'conv-channel', type: 'channel', tenantId: 'tenant-1', teamId: 'team-1' };
}

/** Flow deps with user-specific views on: write buttons for ADMIN only, `userIds` for shared cards. */
export function userSpecificDeps(userIds: readonly string[] = [ADMIN.id]): TestUseCaseDeps {
  const viewFor = (user: ActingUser): Promise<CardViewOptions> => Promise.resolve({ actionsVisible: user.id === ADMIN.id });
  return makeUseCaseDeps({ viewFor, refreshUserIds: () => userIds });
}

/** Every verb of every Action.Execute / Submit fallback in a card (not the refresh action). */
export function buttonVerbs(card: unknown): string[] {
  const verbs: string[] = [];
  const walk = (node: unknown, key: string): void => {
    if (key === 'refresh') return;
    if (Array.isArray(node)) node.forEach((item) => walk(item, ''));
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.verb === 'string') verbs.push(record.verb);
      for (const [childKey, child] of Object.entries(record)) walk(child, childKey);
    }
  };
  walk(card, '');
  return verbs;
}
