import assert from 'node:assert/strict';
import { alertChoiceData, MAX_CHOICES } from '../../src/cards/render-alert-choice';
import { makeAzureAlert } from '../support/fakes/azure-alert-fixtures';

const subscription = (i: number): { subscriptionId: string; displayName: string } =>
  ({ subscriptionId: `${String(i).padStart(8, '0')}-766f-4003-8ae1-c4aeb893a99f`, displayName: `Sub *${i}* <at>x</at> \${bad}` });

describe('renderAlertChoice ("Which one?")', () => {
  it('escapes what Resource Manager and the user wrote (names, subscription names, the query, the commands)', () => {
    const alert = { ...makeAzureAlert('TooManyOwnersAssignedToResource', subscription(1)), incidentCount: 1234 };
    const data = alertChoiceData('too_many*', [{ alert, command: 'dismiss tooManyOwners@00000001 *x*' }], 'fallback <at>me</at> ${x}');
    const [row] = data.candidates;
    assert.equal(row?.scope, 'Azure subscription Sub \\*1\\* ‹at>x‹/at> $\u200b{bad} (00000001-766f-4003-8ae1-c4aeb893a99f)');
    assert.deepEqual(row?.commands, [{ text: 'dismiss tooManyOwners@00000001 \\*x\\*' }]);
    assert.deepEqual(row?.opens, [], 'a command to type, no button');
    assert.equal(row?.incidentText, '1,234 incidents');
    assert.match(data.intro, /^"too\\_many\\\*" is raised in 1 places\. Type the command/);
    assert.equal(data.fallbackText, 'fallback ‹at>me‹/at> $\u200b{x}');
  });

  it('Open buttons carry the alert id; an inactive alert with incidents says dismissed; past the limit, how to narrow', () => {
    const alerts = Array.from({ length: MAX_CHOICES + 5 }, (_, i) => makeAzureAlert('TooManyOwnersAssignedToResource', subscription(i)));
    alerts[0] = { ...alerts[0]!, isActive: false };
    const data = alertChoiceData('tooManyOwners', alerts.map((alert) => ({ alert })), 'text');
    assert.equal(data.candidates.length, MAX_CHOICES);
    assert.deepEqual(data.candidates[0]?.opens, [{ alertId: alerts[0].id }]);
    assert.deepEqual(data.candidates[0]?.commands, []);
    assert.equal(data.candidates[0]?.incidentText, '1 incident, dismissed');
    assert.match(data.intro, /is raised in 25 places\. Open the one you mean\./);
    assert.deepEqual(data.moreNotes, [{ text: '5 more not shown: name the subscription after @ (its id\'s first 8 characters or its name).' }]);
  });
});
