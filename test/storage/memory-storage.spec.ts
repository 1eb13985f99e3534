import { MemoryStorage } from '../../src/storage/memory-storage';
import { fencingContract } from './support/fencing-contract';
import { storageContract } from './support/storage-contract';

describe('MemoryStorage', () => {
  storageContract(() => Promise.resolve(new MemoryStorage()));
  describe('fencing', () => {
    fencingContract(() => Promise.resolve(new MemoryStorage()));
  });
});
