import { randomUUID } from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { TableStorage } from '../../src/storage/table/table-storage';
import { useAzurite } from '../support/azurite';
import { auditChainContract } from './support/audit-chain-contract';

describe('audit chain contract', () => {
  describe('on MemoryStorage', () => {
    auditChainContract(() => Promise.resolve(new MemoryStorage()));
  });

  describe('on Azure Table storage (Azurite)', function () {
    this.timeout(30_000);
    const azurite = useAzurite();
    auditChainContract(() => {
      const table = `audit${randomUUID().replace(/-/g, '').slice(0, 16)}`;
      return new TableStorage(TableClient.fromConnectionString(azurite().connectionString, table, { allowInsecureConnection: true })).open();
    });
  });
});
