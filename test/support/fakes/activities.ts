import type { Activity } from 'botbuilder';

export const BOT = { id: '28:bot-id', name: 'PIM Alerts' };
import { ADMIN } from './recording-turn';

/** The admin of the fake access policy, as Teams sends a user. */
export const USER = { id: ADMIN.id, name: ADMIN.name, aadObjectId: ADMIN.aadObjectId };

type Scope = 'personal' | 'groupChat' | 'channel';

/** A Teams-like activity with sensible defaults. */
export function activity(overrides: Partial<Activity>, scope: Scope = 'personal'): Partial<Activity> {
  return {
    id: 'act-1',
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:1/',
    from: USER,
    recipient: BOT,
    conversation: { id: `conv-${scope}`, conversationType: scope, tenantId: 'tenant-1', isGroup: scope !== 'personal', name: '' },
    channelData: { tenant: { id: 'tenant-1' }, ...(scope === 'channel' ? { team: { id: 'team-1' } } : {}) },
    ...overrides,
  };
}

export function message(text: string, scope: Scope = 'personal', extra: Partial<Activity> = {}): Partial<Activity> {
  return activity({ type: 'message', text, ...extra }, scope);
}

/** A message that @mentions the bot, as Teams sends it in chats and channels. */
export function mentionMessage(text: string, scope: Scope = 'channel'): Partial<Activity> {
  const mention = `<at>${BOT.name}</at>`;
  return message(`${mention} ${text}`, scope, {
    entities: [{ type: 'mention', text: mention, mentioned: BOT }],
  });
}

export function cardAction(verb: unknown, data: unknown, replyToId = 'card-msg'): Partial<Activity> {
  return activity({ type: 'invoke', name: 'adaptiveCard/action', replyToId, value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' } });
}
