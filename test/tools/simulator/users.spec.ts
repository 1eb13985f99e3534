/* eslint-disable @typescript-eslint/no-unsafe-member-access -- response bodies are untyped JSON */
import assert from 'node:assert/strict';
import { SimClient } from './support/sim-client';

/** The simulator's directory: `GET /users/{id | userPrincipalName}` as Graph answers it. */
describe('simulator: GET /users/{id | userPrincipalName}', () => {
  let sim: SimClient;
  before(async () => { sim = await SimClient.start(); });
  after(() => sim.close());

  it('answers a seeded user by id or UPN (any case), the default properties or just the $select ones', async () => {
    const full = await sim.get('/v1.0/users/ADELEV@contoso.onmicrosoft.com');
    assert.equal(full.status, 200);
    assert.equal(full.body.id, '7920b3a2-9173-44ab-8648-d93267b9a37c');
    assert.deepEqual(full.body.businessPhones, []);
    assert.equal(full.body['@odata.context'], `${sim.url}/v1.0/$metadata#users/$entity`);
    const some = await sim.get('/v1.0/users/7920b3a2-9173-44ab-8648-d93267b9a37c?$select=id,displayName');
    assert.deepEqual(some.body, { '@odata.context': `${sim.url}/v1.0/$metadata#users(id,displayName)/$entity`, id: '7920b3a2-9173-44ab-8648-d93267b9a37c', displayName: 'Adele Vance' });
    assert.equal((await sim.get('/v1.0/users/AdeleV@contoso.onmicrosoft.com?$select=nope')).body.error.code, 'Request_BadRequest');
  });

  it("a missing user is the directory's 404 body; a guest needs %23 for #; a $-first UPN needs the key form", async () => {
    const missing = await sim.get('/v1.0/users/nobody@contoso.onmicrosoft.com');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'Request_ResourceNotFound');
    assert.equal(missing.body.error.message, "Resource 'nobody@contoso.onmicrosoft.com' does not exist or one of its queried reference-property objects are not present.");
    assert.match(String(missing.body.error.innerError['request-id']), /^[0-9a-f-]{36}$/);
    assert.equal((await sim.get('/v1.0/users/ravi_fabrikam.com%23EXT%23@contoso.onmicrosoft.com')).body.userType, undefined);
    assert.equal((await sim.get('/v1.0/users/ravi_fabrikam.com%23EXT%23@contoso.onmicrosoft.com?$select=userType')).body.userType, 'Guest');
    assert.equal((await sim.get('/v1.0/users/ravi_fabrikam.com#EXT#@contoso.onmicrosoft.com')).status, 404, 'an unencoded # starts the fragment');
    assert.equal((await sim.get('/v1.0/users/$breakglass@contoso.onmicrosoft.com')).status, 400);
    assert.equal((await sim.get("/v1.0/users('$breakglass@contoso.onmicrosoft.com')")).body.displayName, 'Break Glass (legacy)');
    assert.equal((await sim.get("/v1.0/users('sean.o''brien@contoso.onmicrosoft.com')")).body.displayName, "Sean O'Brien");
    assert.equal((await sim.get('/v1.0/somethingElse')).status, 404);
  });
});
