import { BlobServiceClient, ContainerClient } from '@azure/storage-blob';
import type { AppConfig } from '../config/app-config';
import type { Logger } from '../logging/logger';
import type { Fencing } from '../storage/fencing';
import { storageCredential } from '../storage/open-storage';
import { BlobLease } from './blob-lease';
import { LeaseLeadership } from './lease-leadership';
import type { Leadership } from './leadership';
import { SingleInstanceLeadership } from './single-instance-leadership';

/** SQLite: this instance always leads. Azure Table: leader election on a Blob lease in the same account. */
export function createLeadership(config: AppConfig['storage'], fencing: Fencing, logger: Logger): Leadership {
  if (!config.azure) return new SingleInstanceLeadership(config.instanceId, fencing);
  return new LeaseLeadership(config.instanceId, new BlobLease(leaseContainer(config.azure)), fencing, logger.child('leader'));
}

function leaseContainer(azure: NonNullable<AppConfig['storage']['azure']>): ContainerClient {
  if (azure.connectionString) return BlobServiceClient.fromConnectionString(azure.connectionString).getContainerClient(azure.leaseContainer);
  return new ContainerClient(`${azure.blobUrl ?? ''}/${azure.leaseContainer}`, storageCredential(azure));
}
