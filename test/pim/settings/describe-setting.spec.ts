import { strict as assert } from 'node:assert';
import { alertTypeInfo } from '../../../src/pim/alert-catalog';
import { describeSetting } from '../../../src/pim/settings/describe-setting';
import { formatIsoDuration, parseIsoDuration } from '../../../src/pim/settings/iso-duration';

const [staleDays] = alertTypeInfo('StaleSignInAlert').settings;
const [counter, interval] = alertTypeInfo('SequentialActivationRenewalsAlert').settings;

describe('describeSetting', () => {
  it('shows days, durations and integers for people', () => {
    assert.equal(describeSetting(staleDays!, 'P30D'), '30 days');
    assert.equal(describeSetting(staleDays!, 'P1D'), '1 day');
    assert.equal(describeSetting(interval!, 'PT10S'), '10 seconds');
    assert.equal(describeSetting(interval!, 'P1DT2H'), '1 day 2 hours');
    assert.equal(describeSetting(counter!, 3), '3');
  });

  it('shows unreadable or missing values without failing', () => {
    assert.equal(describeSetting(staleDays!, 'P1M'), 'P1M');
    assert.equal(describeSetting(staleDays!, null), 'not set');
  });
});

describe('ISO 8601 durations', () => {
  it('parses and formats round trip', () => {
    for (const text of ['P30D', 'PT10S', 'P1DT2H', 'PT1H30M5S', 'PT0S']) {
      assert.equal(formatIsoDuration(parseIsoDuration(text)!), text);
    }
    assert.equal(parseIsoDuration('P1W'), 7 * 86400);
  });

  it('refuses what is not a duration', () => {
    for (const text of ['P', 'PT', 'P1DT', '30', 'P1Y', 'P1M', 'PXD', '-P1D']) assert.equal(parseIsoDuration(text), null, text);
  });
});
