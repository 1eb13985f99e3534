import assert from 'node:assert/strict';
import { conformanceErrors } from './support/openapi-conformance';

const INCIDENTS = '/identityGovernance/roleManagementAlerts/alerts/x/alertIncidents';

describe('simulator test support: OpenAPI conformance check', () => {
  it('accepts a conformant incident page and rejects a wrong derived-type property', () => {
    const incident = { '@odata.type': '#microsoft.graph.staleSignInAlertIncident', id: 'a', lastSignInDateTime: '2024-01-01T00:00:00Z' };
    assert.deepEqual(conformanceErrors('GET', INCIDENTS, 200, { value: [incident] }), []);
    const broken = { ...incident, lastSignInDateTime: 'yesterday' };
    assert.notDeepEqual(conformanceErrors('GET', INCIDENTS, 200, { value: [broken] }), []);
  });

  it('rejects an entity without @odata.type and an error without a message', () => {
    assert.notDeepEqual(conformanceErrors('GET', INCIDENTS, 200, { value: [{ id: 'a' }] }), []);
    assert.notDeepEqual(conformanceErrors('GET', INCIDENTS, 400, { error: { code: 'x' } }), []);
  });
});
