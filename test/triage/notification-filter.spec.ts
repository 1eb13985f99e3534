import assert from 'node:assert/strict';
import type { Notifications } from '../../src/notifications/create-notifications';
import type { AlertIncident, AlertWithIncidents } from '../../src/pim/model';
import type { TriageServices } from '../../src/triage/triage-services';
import { alertWith, incident } from '../notifications/support/alert-fixtures';
import { referenceFor } from '../notifications/support/conversation-fixtures';
import { FakePimAlerts } from '../support/fakes/fake-pim-alerts';
import { ADMIN_ID, makeNotifications } from '../notifications/support/notifications-harness';
import { RecordingSender } from '../notifications/support/recording-sender';
import { VirtualClock } from '../notifications/support/virtual-clock';
import { fixedGroups, makeTriage } from '../support/fakes/triage';

const by = { id: ADMIN_ID, name: 'Admin' };
const BREAK_GLASS_GROUP = 'aaaaaaaa-0000-4000-8000-00000000000a';
const GROUP_MEMBER = 'bbbbbbbb-0000-4000-8000-00000000000b';
const stale = (incidents: readonly AlertIncident[]): AlertWithIncidents => ({ ...alertWith('StaleSignInAlert', 'medium', incidents), alertKey: 'StaleSignInAlert' });
const tooMany = (incidents: readonly AlertIncident[]): AlertWithIncidents =>
  ({ ...alertWith('TooManyGlobalAdminsAssignedToTenantAlert', 'high', incidents), alertKey: 'TooManyGlobalAdminsAssignedToTenantAlert' });
const withAssignee = (id: string, assigneeId: string): AlertIncident => ({ ...incident(id), assigneeId });

/** The triage step of the watcher: snoozes, exclusions (users, UPNs, groups) and alert-type subscriptions. */
describe('NotificationFilter in the watcher', () => {
  let clock: VirtualClock;
  let pim: FakePimAlerts;
  let sender: RecordingSender;
  let triage: TriageServices;
  let notifications: Notifications;
  let groupLookupFailure: Error | undefined;

  beforeEach(async () => {
    clock = new VirtualClock();
    pim = new FakePimAlerts();
    sender = new RecordingSender(() => clock.now());
    groupLookupFailure = undefined;
    const members = fixedGroups({ [BREAK_GLASS_GROUP]: [GROUP_MEMBER] });
    const groups = { isMember: (user: string, group: string): Promise<boolean> => (groupLookupFailure ? Promise.reject(groupLookupFailure) : members.isMember(user, group)) };
    triage = makeTriage({ groups, now: () => clock.now() });
    notifications = makeNotifications({ sender, pim, clock, triage });
    await notifications.conversations.save(referenceFor('channel'), 'personal');
    await notifications.subscriptions.subscribe('channel', 'informational', by);
    pim.alerts = [stale([incident('a')]), tooMany([])];
    await notifications.watcher.pollNow();
  });

  const rise = async (alert: AlertWithIncidents): Promise<number> => {
    pim.alerts = pim.alerts.map((other) => (other.id === alert.id ? alert : other));
    return (await notifications.watcher.pollNow()).delivered;
  };
  const snooze = (alertId: string, hours: number): Promise<unknown> => triage.snoozes.snooze({
    alertId, until: new Date(clock.now() + hours * 3_600_000).toISOString(), reason: 'change freeze', by, at: new Date(clock.now()).toISOString(),
  });
  const exclude = (kind: 'user' | 'group', value: string): Promise<boolean> =>
    triage.exclusions.add({ kind, value, reason: 'break-glass', by, at: new Date(clock.now()).toISOString() });

  it('a snoozed alert does not notify; once the snooze has ended, the next rise does', async () => {
    await snooze(pim.alerts[0]!.id, 4);
    assert.equal(await rise(stale([incident('a'), incident('b')])), 0);
    assert.equal(sender.attempts.length, 0);
    clock.time += 4 * 3_600_000 + 1;
    assert.equal(await rise(stale([incident('a'), incident('b'), incident('c')])), 1);
    assert.match(JSON.stringify(sender.delivered[0]?.message), /Incidents rose: 2 → 3 incidents/);
  });

  it('a snooze holds only its own alert', async () => {
    await snooze(pim.alerts[1]!.id, 4);
    assert.equal(await rise(stale([incident('a'), incident('b')])), 1);
  });

  it('a rise whose only new people are excluded (by UPN) does not notify', async () => {
    await exclude('user', 'bg@contoso.example');
    assert.equal(await rise(stale([incident('a'), incident('bg')])), 0);
    assert.equal(sender.attempts.length, 0);
  });

  it('an excluded group member (by transitive membership) does not notify either', async () => {
    await exclude('group', BREAK_GLASS_GROUP);
    assert.equal(await rise(stale([incident('a'), withAssignee('m', GROUP_MEMBER)])), 0);
  });

  it('a rise with excluded and other new people notifies, marking the excluded one "Excluded (break-glass)"', async () => {
    await exclude('user', GROUP_MEMBER);
    assert.equal(await rise(stale([incident('a'), withAssignee('m', GROUP_MEMBER), incident('c', 'Carol')])), 1);
    const card = JSON.stringify(sender.delivered[0]?.message);
    assert.equal(card.match(/Excluded \(break-glass\)/g)?.length, 1, card);
    assert.match(card, /Carol/);
  });

  it('a failed group lookup is not a silent "not excluded": the card marks the incident as not checked', async () => {
    await exclude('group', BREAK_GLASS_GROUP);
    groupLookupFailure = Object.assign(new Error('Authorization_RequestDenied'), { statusCode: 403 });
    assert.equal(await rise(stale([incident('a'), withAssignee('m', GROUP_MEMBER)])), 1, 'an unknown exclusion does not hold the notification back');
    const card = JSON.stringify(sender.delivered[0]?.message);
    assert.match(card, /Exclusion not checked: the group lookup in Microsoft Graph failed/);
    assert.doesNotMatch(card, /Excluded \(break-glass\)/);
  });

  it('a subscription limited to an alert type hears only that type (and its severity floor still applies)', async () => {
    await notifications.subscriptions.setAlertTypes('channel', ['TooManyGlobalAdminsAssignedToTenantAlert'], by, 'informational');
    assert.equal(await rise(stale([incident('a'), incident('b')])), 0);
    assert.equal(await rise(tooMany([incident('g')])), 1);
    await notifications.subscriptions.subscribe('channel', 'high', by);
    assert.deepEqual((await notifications.subscriptions.get('channel'))?.alertTypes, ['TooManyGlobalAdminsAssignedToTenantAlert'], 'changing the floor keeps the types');
  });
});
