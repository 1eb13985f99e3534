import { AppError } from '../../errors/app-error';
import { decodePng } from './png-image';

/** The two icons a Teams app package carries and their required sizes. */
export const ICON_SIZES = { 'color.png': 192, 'outline.png': 32 } as const;
export type IconName = keyof typeof ICON_SIZES;

/** Checks an icon's size, and that the outline icon is only white (at any opacity) on transparent. */
export async function checkIcon(name: IconName, png: Buffer): Promise<void> {
  const image = await decodePng(png);
  const size = ICON_SIZES[name];
  if (image.width !== size || image.height !== size) {
    throw badIcon(name, `must be ${size}x${size} pixels, is ${image.width}x${image.height}`);
  }
  if (name === 'outline.png' && !isWhiteOnTransparent(image.pixels)) {
    throw badIcon(name, 'must be white on a transparent background');
  }
}

export function isWhiteOnTransparent(pixels: Uint8Array): boolean {
  for (let i = 0; i < pixels.length; i += 4) {
    const opaque = (pixels[i + 3] ?? 0) > 0;
    if (opaque && (pixels[i] !== 255 || pixels[i + 1] !== 255 || pixels[i + 2] !== 255)) return false;
  }
  return true;
}

function badIcon(name: string, reason: string): AppError {
  return new AppError('configuration', { userMessage: `teamsapp/${name} ${reason}.` });
}
