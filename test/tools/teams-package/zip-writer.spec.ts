import { strict as assert } from 'node:assert';
import { crc32 } from '../../../src/tools/teams-package/crc32';
import { createZip } from '../../../src/tools/teams-package/zip-writer';
import { readZip } from './zip-reader';

describe('createZip', () => {
  const entries = [
    { name: 'manifest.json', data: Buffer.from('{"a":"ü"}\n'.repeat(50), 'utf8') },
    { name: 'empty.txt', data: Buffer.alloc(0) },
    { name: 'random.bin', data: Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251)) },
  ];

  it('writes entries that read back byte for byte, in order', () => {
    const read = readZip(createZip(entries));
    assert.deepEqual([...read.keys()], ['manifest.json', 'empty.txt', 'random.bin']);
    for (const entry of entries) assert.ok(read.get(entry.name)?.equals(entry.data), entry.name);
  });

  it('is reproducible: the same input gives the same bytes', () => {
    assert.ok(createZip(entries).equals(createZip(entries)));
  });
});

describe('crc32', () => {
  it('matches the standard check value', () => {
    assert.equal(crc32(Buffer.from('123456789')), 0xcbf43926);
    assert.equal(crc32(Buffer.from('1234'), Buffer.from('56789')), 0xcbf43926);
  });
});
