import { strict as assert } from 'node:assert';
import { AppError } from '../../../src/errors/app-error';
import { parseSettingAssignment } from '../../../src/pim/settings/parse-setting-assignment';

function refused(run: () => unknown, pattern: RegExp): void {
  assert.throws(run, (error: unknown) => error instanceof AppError && error.code === 'invalidSetting' && pattern.test(error.message));
}

describe('parseSettingAssignment', () => {
  it('reads isEnabled as true/false/on/off', () => {
    assert.equal(parseSettingAssignment('StaleSignInAlert', 'isEnabled', 'true'), true);
    assert.equal(parseSettingAssignment('StaleSignInAlert', 'isEnabled', ' OFF '), false);
    assert.equal(parseSettingAssignment('InvalidLicenseAlert', 'isEnabled', 'on'), true);
    refused(() => parseSettingAssignment('StaleSignInAlert', 'isEnabled', 'maybe'), /true or false/);
  });

  it('reads integers within the documented range', () => {
    assert.equal(parseSettingAssignment('TooManyGlobalAdminsAssignedToTenantAlert', 'globalAdminCountThreshold', '5'), 5);
    refused(() => parseSettingAssignment('TooManyGlobalAdminsAssignedToTenantAlert', 'globalAdminCountThreshold', '1'), /from 2 to 100\./);
    refused(() => parseSettingAssignment('TooManyGlobalAdminsAssignedToTenantAlert', 'percentageOfGlobalAdminsOutOfRolesThreshold', '2.5'), /whole number/);
  });

  it('reads day settings as 30 or P30D and returns P{n}D', () => {
    assert.equal(parseSettingAssignment('StaleSignInAlert', 'duration', '30'), 'P30D');
    assert.equal(parseSettingAssignment('StaleSignInAlert', 'duration', 'p45d'), 'P45D');
    assert.equal(parseSettingAssignment('RedundantAssignmentAlert', 'duration', '0'), 'P0D');
    refused(() => parseSettingAssignment('StaleSignInAlert', 'duration', '366'), /from 1 to 365 days/);
    refused(() => parseSettingAssignment('StaleSignInAlert', 'duration', 'PT5H'), /whole number of days/);
    refused(() => parseSettingAssignment('StaleSignInAlert', 'duration', 'soon'), /30 or P30D/);
  });

  it('reads durations as ISO 8601 or shorthand and returns canonical ISO 8601', () => {
    const alert = 'SequentialActivationRenewalsAlert';
    assert.equal(parseSettingAssignment(alert, 'timeIntervalBetweenActivations', 'PT10S'), 'PT10S');
    assert.equal(parseSettingAssignment(alert, 'timeIntervalBetweenActivations', 'P1DT2H'), 'P1DT2H');
    assert.equal(parseSettingAssignment(alert, 'timeIntervalBetweenActivations', '10s'), 'PT10S');
    assert.equal(parseSettingAssignment(alert, 'timeIntervalBetweenActivations', '5m'), 'PT5M');
    assert.equal(parseSettingAssignment(alert, 'timeIntervalBetweenActivations', '2h'), 'PT2H');
    assert.equal(parseSettingAssignment(alert, 'timeIntervalBetweenActivations', '1d'), 'P1D');
    refused(() => parseSettingAssignment(alert, 'timeIntervalBetweenActivations', '0s'), /from 1 second to 30 days/);
    refused(() => parseSettingAssignment(alert, 'timeIntervalBetweenActivations', 'P1Y'), /duration/);
    refused(() => parseSettingAssignment(alert, 'timeIntervalBetweenActivations', ''), /duration/);
  });

  it('names the valid settings when the name is unknown', () => {
    refused(() => parseSettingAssignment('StaleSignInAlert', 'threshold', '3'), /Valid settings: isEnabled, duration\./);
    refused(() => parseSettingAssignment('InvalidLicenseAlert', 'duration', '3'), /Valid settings: isEnabled\./);
  });
});
