import { MemoryStorage } from '../../src/storage/memory-storage';
import { storageContract } from './support/storage-contract';

describe('MemoryStorage', () => {
  storageContract(() => Promise.resolve(new MemoryStorage()));
});
