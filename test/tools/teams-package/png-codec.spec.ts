import { strict as assert } from 'node:assert';
import { deflateSync } from 'node:zlib';
import { AppError } from '../../../src/errors/app-error';
import { crc32 } from '../../../src/tools/teams-package/crc32';
import { decodePng, encodePng } from '../../../src/tools/teams-package/png-codec';

describe('PNG codec', () => {
  const image = {
    width: 3,
    height: 2,
    pixels: Uint8Array.from([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
  };

  it('round-trips an RGBA image', () => {
    const decoded = decodePng(encodePng(image));
    assert.equal(decoded.width, 3);
    assert.equal(decoded.height, 2);
    assert.deepEqual([...decoded.pixels], [...image.pixels]);
  });

  it('undoes the Sub, Up, Average and Paeth row filters', () => {
    const png = encodePng({ width: 2, height: 4, pixels: new Uint8Array(32) });
    // Rebuild IDAT with one filtered row of each kind; the expected pixels are worked out by hand.
    const rows = [
      [1, 10, 20, 30, 40, 1, 1, 1, 1], // Sub: second pixel = first + 1
      [2, 1, 1, 1, 1, 1, 1, 1, 1], // Up: row 0 + 1
      [3, 0, 0, 0, 0, 0, 0, 0, 0], // Average: (left + up) / 2
      [4, 0, 0, 0, 0, 0, 0, 0, 0], // Paeth: picks the pixel above here
    ].flat();
    const decoded = decodePng(withIdat(png, deflateSync(Buffer.from(rows))));
    assert.deepEqual([...decoded.pixels.subarray(0, 8)], [10, 20, 30, 40, 11, 21, 31, 41]);
    assert.deepEqual([...decoded.pixels.subarray(8, 16)], [11, 21, 31, 41, 12, 22, 32, 42]);
    assert.deepEqual([...decoded.pixels.subarray(16, 24)], [5, 10, 15, 20, 8, 16, 23, 31]);
    assert.deepEqual([...decoded.pixels.subarray(24, 32)], [5, 10, 15, 20, 8, 16, 23, 31]);
  });

  it('rejects a file that is not a PNG, or has a corrupted chunk', () => {
    assert.throws(() => decodePng(Buffer.from('GIF89a')), (error: unknown) => error instanceof AppError && /not a PNG/.test(error.message));
    const png = encodePng(image);
    png[png.length - 20] = png[png.length - 20]! ^ 0xff;
    assert.throws(() => decodePng(png), /bad CRC/);
  });
});

/** Replaces the IDAT chunk of an encodePng output (layout: signature, IHDR, IDAT, IEND). */
function withIdat(png: Buffer, data: Buffer): Buffer {
  const idatAt = 8 + 25;
  const idatLength = png.readUInt32BE(idatAt);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write('IDAT', 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(head.subarray(4), data), 0);
  return Buffer.concat([png.subarray(0, idatAt), head, data, crc, png.subarray(idatAt + 12 + idatLength)]);
}

