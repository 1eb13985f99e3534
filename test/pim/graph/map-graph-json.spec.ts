import { strict as assert } from 'node:assert';
import { mapAlert } from '../../../src/pim/graph/map-alert';
import { mapConfiguration } from '../../../src/pim/graph/map-configuration';
import { mapSeverity } from '../../../src/pim/graph/map-definition';
import { mapIncident } from '../../../src/pim/graph/map-incident';
import { mapOperation } from '../../../src/pim/graph/map-operation';

const ALERT_ID = 'DirectoryRole_3b0e753b-22fa-4c16-9bf2-470b80be80d6_StaleSignInAlert';

describe('mapping Graph JSON to the model', () => {
  it('maps a documented alert with expanded definition and configuration', () => {
    const alert = mapAlert({
      id: ALERT_ID, alertDefinitionId: ALERT_ID, scopeId: '/', scopeType: 'DirectoryRole', incidentCount: 2, isActive: true,
      lastModifiedDateTime: '2023-06-09T22:52:09Z', lastScannedDateTime: '2023-06-09T22:52:09Z',
      alertDefinition: { id: ALERT_ID, displayName: 'Stale', severityLevel: 'medium', isRemediatable: true, isConfigurable: true },
      alertConfiguration: { '@odata.type': '#microsoft.graph.staleSignInAlertConfiguration', id: ALERT_ID, isEnabled: true, duration: 'P30D', scopeId: '/' },
    });
    assert.equal(alert.alertKey, 'StaleSignInAlert');
    assert.equal(alert.incidentCount, 2);
    assert.equal(alert.definition?.severityLevel, 'medium');
    assert.equal(alert.definition?.description, '');
    assert.deepEqual(alert.configuration, {
      id: ALERT_ID, odataType: '#microsoft.graph.staleSignInAlertConfiguration', alertKey: 'StaleSignInAlert', isEnabled: true,
      settings: { duration: 'P30D' },
    });
  });

  it('never throws on unexpected shapes and uses defaults', () => {
    const alert = mapAlert({ id: 42, incidentCount: 'many', alertDefinition: 'x', alertConfiguration: [] });
    assert.equal(alert.id, '');
    assert.equal(alert.alertKey, null);
    assert.equal(alert.incidentCount, 0);
    assert.equal(alert.definition, null);
    assert.equal(alert.configuration, null);
    assert.equal(mapAlert({ id: 'DirectoryRole_3b0e753b-22fa-4c16-9bf2-470b80be80d6_BrandNewAlert' }).alertKey, null);
  });

  it('turns unknown severities into unknownFutureValue', () => {
    assert.equal(mapSeverity('high'), 'high');
    assert.equal(mapSeverity('critical'), 'unknownFutureValue');
    assert.equal(mapSeverity(undefined), 'unknownFutureValue');
  });

  it('keeps an unknown configuration type with its primitive settings', () => {
    const configuration = mapConfiguration({
      '@odata.type': '#microsoft.graph.futureAlertConfiguration', id: 'x', isEnabled: false, threshold: 3, window: 'PT1H', nested: { a: 1 },
    });
    assert.equal(configuration.alertKey, null);
    assert.deepEqual(configuration.settings, { threshold: 3, window: 'PT1H' });
  });

  it('maps known and unknown incidents', () => {
    const known = mapIncident({
      '@odata.type': '#microsoft.graph.sequentialActivationRenewalsAlertIncident', id: 'i1', assigneeId: 'u1', activationCount: 4,
    });
    assert.equal(known.alertKey, 'SequentialActivationRenewalsAlert');
    assert.equal(known.activationCount, 4);
    assert.equal(known.assigneeId, 'u1');
    assert.deepEqual(known.otherProperties, {});
    const unknown = mapIncident({ '@odata.type': '#microsoft.graph.futureIncident', id: 'i2', score: 9, label: 'x', list: [1], 'a@odata.x': 'y' });
    assert.equal(unknown.alertKey, null);
    assert.deepEqual(unknown.otherProperties, { score: 9, label: 'x' });
  });

  it('maps operations, unwrapping the older `value` shape', () => {
    assert.equal(mapOperation({ id: 'refresh:x', status: 'running' }, 'f').status, 'running');
    assert.equal(mapOperation({ value: { id: 'refresh:x', status: 'succeeded' } }, 'f').status, 'succeeded');
    const odd = mapOperation({ status: 'skipped' }, 'fallback');
    assert.equal(odd.status, 'unknownFutureValue');
    assert.equal(odd.id, 'fallback');
  });
});
