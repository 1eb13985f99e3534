import type { SeededRandom } from './seeded-random';

export const TENANT = '3b0e753b-22fa-4c16-9bf2-470b80be80d6';
export const VALID_ALERT_ID = `DirectoryRole_${TENANT}_StaleSignInAlert`;
export const OTHER_ALERT_ID = `DirectoryRole_${TENANT}_RedundantAssignmentAlert`;

/** Strings an attacker would try in ids, command words and card data. */
export const HOSTILE_STRINGS: readonly string[] = [
  '..', '../..', `${VALID_ALERT_ID}/../../alerts`, `../${VALID_ALERT_ID}`, `${VALID_ALERT_ID}%2F..%2F`, '%2F', '%2e%2e%2f',
  `${VALID_ALERT_ID}?$filter=true`, '?$filter=1 eq 1', `${VALID_ALERT_ID}#frag`, '#', `${VALID_ALERT_ID}&$expand=*`,
  `${VALID_ALERT_ID}/alertIncidents`, `${VALID_ALERT_ID};x`, `${VALID_ALERT_ID} `, ` ${VALID_ALERT_ID}`,
  VALID_ALERT_ID.replace('D', 'Ｄ'), VALID_ALERT_ID.replace('o', 'о'), `${VALID_ALERT_ID}\u200b`, `${VALID_ALERT_ID}\u0000`,
  'DirectoryRole_../_StaleSignInAlert', `DirectoryRole_${TENANT}_${'A'.repeat(200)}`, 'x'.repeat(5000), 'é'.repeat(3000),
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '<at>Everyone</at>', '${process.env}', '${$root}',
  '[click](http://evil.example)', '<script>alert(1)</script>', '\u202egnp.exe', '😀😀', '', ' ', '\n\t', '\\', '"', "'",
  'all', 'staleSignIn', 'StaleSignInAlert', 'incident-1', '0', '-1', '1e9', 'NaN', 'null', 'true', '{"a":1}',
  'http://169.254.169.254/latest/meta-data', 'https://graph.microsoft.com/v1.0/users', '//evil.example/x',
];

export const VALID_STRINGS: readonly string[] = [VALID_ALERT_ID, OTHER_ALERT_ID, 'staleSignIn', 'redundant', 'all', 'high', 'medium'];

/** A JSON value of any type, biased to hostile strings. */
export function hostileValue(random: SeededRandom, depth = 0): unknown {
  switch (random.int(depth > 1 ? 7 : 10)) {
    case 0: case 1: case 2: return random.pick(HOSTILE_STRINGS);
    case 3: return random.pick(VALID_STRINGS);
    case 4: return random.pick([0, 1, -1, 2.5, 1e308, -0, 2 ** 53 + 1, 100_001, 3]);
    case 5: return random.pick([true, false, null]);
    case 6: return random.pick(['', 'x'.repeat(100_000)]);
    case 7: return [hostileValue(random, depth + 1), hostileValue(random, depth + 1)];
    default: return hostileObject(random, depth + 1);
  }
}

const DATA_KEYS = ['alertId', 'incidentId', 'page', 'scope', 'minimumSeverity', 'verb', 'confirm'];
const BAD_KEYS = ['__proto__', 'constructor', 'prototype', 'extra', '', 'alertId ', 'ALERTID', '$filter'];

/** An object with plausible and hostile keys; `__proto__` set as an own key, as JSON.parse would. */
export function hostileObject(random: SeededRandom, depth = 0): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const count = random.int(4);
  for (let index = 0; index < count; index += 1) {
    const key = random.chance(0.75) ? random.pick(DATA_KEYS) : random.pick(BAD_KEYS);
    Object.defineProperty(result, key, { value: hostileValue(random, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return result;
}
