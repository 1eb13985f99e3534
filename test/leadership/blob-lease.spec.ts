import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { BlobServiceClient } from '@azure/storage-blob';
import { BlobLease } from '../../src/leadership/blob-lease';
import { useAzurite } from '../support/azurite';

describe('BlobLease (Azure Blob lease on Azurite)', function () {
  this.timeout(30_000);
  const azurite = useAzurite();

  it('gives the lease to one holder at a time, renews it, and lets the next take it once released', async () => {
    const container = BlobServiceClient.fromConnectionString(azurite().connectionString).getContainerClient(`lease-${randomUUID()}`);
    const a = new BlobLease(container);
    const b = new BlobLease(container);
    assert.equal(await a.acquire(15), true);
    assert.equal(await b.acquire(15), false);
    assert.equal(await a.renew(), true);
    assert.equal(await b.renew(), false, 'a lease never acquired cannot be renewed');
    await a.release();
    assert.equal(await b.acquire(15), true);
    assert.equal(await a.renew(), false, 'the old holder lost it');
    await b.release();
  });
});
