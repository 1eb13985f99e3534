import { actionInvoke, messageActivity, rawInvoke, submitActivity, type TestUser } from './activities';
import { HOSTILE_STRINGS, OTHER_ALERT_ID, VALID_ALERT_ID, VALID_STRINGS, hostileObject, hostileValue } from './hostile-values';
import type { SeededRandom } from './seeded-random';

export const COMMAND_WORDS = [
  'alerts', 'alert', 'incidents', 'dismiss', 'refresh', 'remediate', 'config', 'subscribe', 'unsubscribe',
  'subscriptions', 'audit', 'help', 'ALERTS', 'Dismiss', 'frobnicate', '', '?',
];
export const WRITE_VERBS = ['alert.dismiss', 'alert.refresh', 'incident.remediate', 'incident.remediate.confirm'];
export const ALL_VERBS = [...WRITE_VERBS, 'alert.open', 'alert.page', 'incident.remediate.cancel', 'subscribe'];
const BAD_VERBS = ['', 'ALERT.DISMISS', 'alert.dismiss ', '__proto__', 'constructor', 'toString', '../alert.dismiss', 'x'.repeat(2000)];

export interface FuzzCase {
  readonly index: number;
  readonly kind: 'message' | 'invoke';
  readonly activity: Record<string, unknown>;
}

function word(random: SeededRandom): string {
  const value = random.chance(0.6) ? random.pick(HOSTILE_STRINGS) : random.pick(VALID_STRINGS);
  return value.includes(' ') && random.chance(0.5) ? `"${value}"` : value;
}

/** Chat text: a command word (or junk) and up to four hostile words. */
function messageText(random: SeededRandom): unknown {
  if (random.chance(0.04)) return random.pick([42, null, { text: 'alerts' }, ['alerts'], true]);
  const words = [random.pick(COMMAND_WORDS)];
  for (let count = random.int(5); count > 0; count -= 1) words.push(word(random));
  const text = words.join(' ');
  return random.chance(0.1) ? `<at>PIM Alerts</at> ${text}` : text;
}

/** Mostly well-shaped data (so handlers and Graph are reached) with one field sometimes hostile. */
function plausibleData(random: SeededRandom): Record<string, unknown> {
  const data: Record<string, unknown> = { alertId: random.pick([VALID_ALERT_ID, OTHER_ALERT_ID]) };
  if (random.chance(0.6)) data.page = random.pick([0, 0, 1, 3]);
  if (random.chance(0.4)) data.incidentId = random.chance(0.5) ? random.pick(['incident-1', 'evil-incident-1', 'x']) : random.pick(HOSTILE_STRINGS);
  if (random.chance(0.2)) data[random.pick(['alertId', 'page', 'scope'])] = hostileValue(random);
  return data;
}

function invokeData(random: SeededRandom): unknown {
  const roll = random.next();
  if (roll < 0.35) return plausibleData(random);
  return roll < 0.9 ? hostileObject(random) : hostileValue(random);
}

function invoke(random: SeededRandom, serviceUrl: string, user: TestUser): Record<string, unknown> {
  const verb = random.chance(0.85) ? random.pick(ALL_VERBS) : random.pick([...BAD_VERBS, 7, null, { verb: 'x' }]);
  const roll = random.int(20);
  if (roll === 0) return rawInvoke(serviceUrl, user, 'adaptiveCard/action', hostileValue(random));
  if (roll === 1) return rawInvoke(serviceUrl, user, 'adaptiveCard/action', { action: { type: random.pick(['Action.Submit', 7, null]), verb, data: {} } });
  if (roll === 2) return rawInvoke(serviceUrl, user, 'adaptiveCard/action', { action: hostileValue(random) });
  return actionInvoke(serviceUrl, user, verb, invokeData(random), random.chance(0.1) ? 'automatic' : 'manual');
}

/** The `index`-th case of a seeded run: a chat message or a card invoke from `user`. */
export function fuzzCase(random: SeededRandom, index: number, serviceUrl: string, user: TestUser): FuzzCase {
  if (random.chance(0.1)) {
    const value = { ...(invokeData(random) as object), verb: random.chance(0.85) ? random.pick(ALL_VERBS) : random.pick(BAD_VERBS) };
    return { index, kind: 'message', activity: submitActivity(serviceUrl, user, value) };
  }
  if (random.chance(0.45)) return { index, kind: 'message', activity: messageActivity(serviceUrl, user, messageText(random)) };
  return { index, kind: 'invoke', activity: invoke(random, serviceUrl, user) };
}
