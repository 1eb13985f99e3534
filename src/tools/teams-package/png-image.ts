import { PNG } from 'pngjs';
import { AppError } from '../../errors/app-error';
import type { RgbaImage } from './icon-art';

/** Encodes an RGBA image as an 8-bit RGBA PNG (pngjs). */
export function encodePng(image: RgbaImage): Buffer {
  const png = new PNG({ width: image.width, height: image.height });
  png.data = Buffer.from(image.pixels);
  return PNG.sync.write(png, { colorType: 6 });
}

/**
 * Decodes any PNG pngjs reads (palette, grey, RGB, RGBA; 1 to 16 bits; interlaced) to 8-bit RGBA.
 * A file that is not a PNG, or is damaged, becomes AppError `invalidInput` naming pngjs's reason.
 * (pngjs's streaming parser, not `PNG.sync.read`, whose errors hide the reason behind "unrecognised content".)
 */
export function decodePng(file: Buffer): Promise<RgbaImage> {
  return new Promise((resolve, reject) => {
    new PNG().parse(file, (error, png) => {
      if (error) reject(new AppError('invalidInput', { userMessage: `Icon is not a usable PNG: ${error.message}.`, cause: error }));
      else resolve({ width: png.width, height: png.height, pixels: png.data });
    });
  });
}
