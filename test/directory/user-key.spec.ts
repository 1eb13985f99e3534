import assert from 'node:assert/strict';
import { parseUserKey, userPath } from '../../src/directory/user-key';

describe('user keys for Graph GET /users/{id | userPrincipalName}', () => {
  it('takes object ids and UPNs (lower-cased), including guests, apostrophes and a leading $', () => {
    assert.deepEqual(parseUserKey('0B5A9946-C07A-403D-A8EE-A75D0688528B'), { kind: 'id', id: '0b5a9946-c07a-403d-a8ee-a75d0688528b' });
    for (const upn of ['AlexW@Contoso.com', 'ravi_fabrikam.com#EXT#@contoso.onmicrosoft.com', "sean.o'brien@contoso.com", '$breakglass@contoso.com', 'a!b^c~d@contoso.com']) {
      assert.deepEqual(parseUserKey(upn), { kind: 'upn', upn: upn.toLowerCase() }, upn);
    }
  });

  it('refuses anything that could change the URL: slashes, colons, queries, spaces, markup, encodings, two @', () => {
    for (const bad of ['', 'alex', 'a/b@contoso.com', 'a@contoso.com/x', 'a:b@contoso.com', 'a@contoso.com?x=1', 'a b@contoso.com', '<at>a</at>@contoso.com',
      'a%2F..@contoso.com/..', 'a@b@contoso.com', 'a@contoso', '..@contoso.com/../me', 'a\\b@contoso.com', 'a@contoso.com#frag', `${'a'.repeat(114)}@contoso.com`]) {
      assert.equal(parseUserKey(bad), undefined, bad);
    }
  });

  it("encodes as Graph's reference asks: # as %23, @ and ' readable, a $-first UPN in the key form with ' doubled", () => {
    assert.equal(userPath({ kind: 'id', id: '0b5a9946-c07a-403d-a8ee-a75d0688528b' }), '/users/0b5a9946-c07a-403d-a8ee-a75d0688528b');
    assert.equal(userPath({ kind: 'upn', upn: 'ravi_fabrikam.com#ext#@contoso.onmicrosoft.com' }), '/users/ravi_fabrikam.com%23ext%23@contoso.onmicrosoft.com');
    assert.equal(userPath({ kind: 'upn', upn: "sean.o'brien@contoso.com" }), "/users/sean.o'brien@contoso.com");
    assert.equal(userPath({ kind: 'upn', upn: 'a%b+c^d@contoso.com' }), '/users/a%25b%2Bc%5Ed@contoso.com');
    assert.equal(userPath({ kind: 'upn', upn: "$o'neil@contoso.com" }), "/users('$o''neil@contoso.com')");
  });
});
