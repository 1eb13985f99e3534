import { crc32, deflateSync } from 'node:zlib';
import type { RgbaImage } from '../../../../src/tools/teams-package/icon-art';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const INDEXED = 3;

/**
 * Test fixture maker: the same image as an 8-bit palette PNG (colour type 3, PLTE + tRNS), the form
 * image editors and optimisers often save icons in. pngjs reads this form but does not write it.
 */
export function toIndexedPng(image: RgbaImage): Buffer {
  const colours = new Map<number, number>();
  const indices = new Uint8Array(image.width * image.height);
  const view = new DataView(image.pixels.buffer, image.pixels.byteOffset, image.pixels.byteLength);
  for (let i = 0; i < indices.length; i++) {
    const rgba = view.getUint32(i * 4);
    if (!colours.has(rgba)) colours.set(rgba, colours.size);
    indices[i] = colours.get(rgba)!;
  }
  if (colours.size > 256) throw new Error(`${colours.size} colours do not fit a palette`);
  const rgbas = [...colours.keys()];
  const palette = Buffer.from(rgbas.flatMap((rgba) => [rgba >>> 24, (rgba >>> 16) & 0xff, (rgba >>> 8) & 0xff]));
  const alphas = Buffer.from(rgbas.map((rgba) => rgba & 0xff));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header.set([8, INDEXED, 0, 0, 0], 8);
  const rows = Buffer.alloc((image.width + 1) * image.height); // filter byte 0 (None) before each row
  for (let y = 0; y < image.height; y++) rows.set(indices.subarray(y * image.width, (y + 1) * image.width), y * (image.width + 1) + 1);
  const chunks = [chunk('IHDR', header), chunk('PLTE', palette), chunk('tRNS', alphas), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))];
  return Buffer.concat([SIGNATURE, ...chunks]);
}

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}
