import assert from 'node:assert/strict';
import { loadConfig } from '../../src/config/load-config';

const LOCAL = { GRAPH_BASE_URL: 'http://127.0.0.1:5990', AZURE_ALERT_SCOPES: 'afa2a084-766f-4003-8ae1-c4aeb893a99f' };

describe('AZURE_READ_RESERVE', () => {
  it('defaults to 25 remaining reads, takes 0 to 10000, and stops start-up naming the variable otherwise', () => {
    assert.equal(loadConfig(LOCAL).azureResources?.readReserve, 25);
    assert.equal(loadConfig({ ...LOCAL, AZURE_READ_RESERVE: '0' }).azureResources?.readReserve, 0);
    assert.equal(loadConfig({ ...LOCAL, AZURE_ALERT_SCOPES: 'discover', AZURE_READ_RESERVE: '100' }).azureResources?.readReserve, 100);
    for (const bad of ['-1', 'many', '10001']) assert.throws(() => loadConfig({ ...LOCAL, AZURE_READ_RESERVE: bad }), /AZURE_READ_RESERVE/, bad);
  });
});
