import { deflateRawSync } from 'node:zlib';
import { crc32 } from './crc32';

export interface ZipEntry {
  readonly name: string;
  readonly data: Buffer;
}

const DEFLATE = 8;
const VERSION = 20; // 2.0: deflate
const UTF8_NAMES = 0x0800;
/** 2024-01-01 00:00 in MS-DOS format: a fixed stamp makes builds byte-for-byte reproducible. */
const DOS_TIME = 0;
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;

/** Writes a zip archive (deflated entries, no directories, no zip64): enough for a Teams app package. */
export function createZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const packed = deflateRawSync(entry.data, { level: 9 });
    const fields = { name, crc: crc32(entry.data), packed: packed.length, size: entry.data.length };
    const local = Buffer.concat([localHeader(fields), name, packed]);
    centrals.push(Buffer.concat([centralHeader(fields, offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  return Buffer.concat([...locals, central, endOfCentralDirectory(entries.length, central.length, offset)]);
}

interface EntryFields {
  readonly name: Buffer;
  readonly crc: number;
  readonly packed: number;
  readonly size: number;
}

function localHeader(entry: EntryFields): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(VERSION, 4);
  header.writeUInt16LE(UTF8_NAMES, 6);
  header.writeUInt16LE(DEFLATE, 8);
  writeCommon(header, 10, entry);
  return header;
}

function centralHeader(entry: EntryFields, localOffset: number): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(VERSION, 4); // made by: MS-DOS, 2.0
  header.writeUInt16LE(VERSION, 6);
  header.writeUInt16LE(UTF8_NAMES, 8);
  header.writeUInt16LE(DEFLATE, 10);
  writeCommon(header, 12, entry);
  header.writeUInt32LE(localOffset, 42);
  return header;
}

/** Time, date, CRC, sizes and name length: the same run of fields in both header kinds. */
function writeCommon(header: Buffer, at: number, entry: EntryFields): void {
  header.writeUInt16LE(DOS_TIME, at);
  header.writeUInt16LE(DOS_DATE, at + 2);
  header.writeUInt32LE(entry.crc, at + 4);
  header.writeUInt32LE(entry.packed, at + 8);
  header.writeUInt32LE(entry.size, at + 12);
  header.writeUInt16LE(entry.name.length, at + 16);
}

function endOfCentralDirectory(count: number, size: number, offset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return end;
}
