import { randomUUID } from 'node:crypto';
import type { BlobLeaseClient, ContainerClient } from '@azure/storage-blob';
import { restStatus } from '../storage/table/rest-status';
import type { LeaderLease } from './leader-lease';

const LEASE_BLOB = 'poller-leader';

/**
 * The leader lease on one blob: acquire answers 409 while another holder's lease is live, renew
 * answers 409 once the lease was lost. The container and the (empty) blob are created on first use.
 */
export class BlobLease implements LeaderLease {
  private readonly lease: BlobLeaseClient;
  private ready = false;

  constructor(private readonly container: ContainerClient) {
    this.lease = container.getBlockBlobClient(LEASE_BLOB).getBlobLeaseClient(randomUUID());
  }

  async acquire(seconds: number): Promise<boolean> {
    await this.ensureBlob();
    try {
      await this.lease.acquireLease(seconds);
      return true;
    } catch (error: unknown) {
      if (restStatus(error) === 409) return false;
      throw error;
    }
  }

  async renew(): Promise<boolean> {
    try {
      await this.lease.renewLease();
      return true;
    } catch (error: unknown) {
      if (restStatus(error) === 409 || restStatus(error) === 412) return false;
      throw error;
    }
  }

  async release(): Promise<void> {
    try {
      await this.lease.releaseLease();
    } catch (error: unknown) {
      if (restStatus(error) !== 409 && restStatus(error) !== 412) throw error;
    }
  }

  private async ensureBlob(): Promise<void> {
    if (this.ready) return;
    await this.container.createIfNotExists();
    try {
      await this.container.getBlockBlobClient(LEASE_BLOB).upload('', 0, { conditions: { ifNoneMatch: '*' } });
    } catch (error: unknown) {
      if (restStatus(error) !== 409 && restStatus(error) !== 412) throw error;
    }
    this.ready = true;
  }
}
