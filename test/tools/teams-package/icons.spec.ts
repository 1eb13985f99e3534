import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../src/errors/app-error';
import { REPO_ROOT } from '../../../src/tools/repo-paths';
import { renderIcons } from '../../../src/tools/teams-package/generate-icons';
import { checkIcon, isWhiteOnTransparent } from '../../../src/tools/teams-package/icon-check';
import { decodePng, encodePng } from '../../../src/tools/teams-package/png-image';
import { toIndexedPng } from './support/indexed-png';

const committed = (name: string): Buffer => readFileSync(path.join(REPO_ROOT, 'teamsapp', name));
const invalid = (pattern: RegExp) => (error: unknown): boolean =>
  error instanceof AppError && error.code === 'invalidInput' && pattern.test(error.message) && error.cause instanceof Error;

describe('Teams app icons', () => {
  it('colour icon is a 192x192 opaque PNG', async () => {
    const image = await decodePng(committed('color.png'));
    assert.deepEqual([image.width, image.height], [192, 192]);
    for (let i = 3; i < image.pixels.length; i += 4) assert.equal(image.pixels[i], 255);
    await checkIcon('color.png', committed('color.png'));
  });

  it('outline icon is 32x32, only white on transparent, and not empty', async () => {
    const image = await decodePng(committed('outline.png'));
    assert.deepEqual([image.width, image.height], [32, 32]);
    assert.ok(isWhiteOnTransparent(image.pixels));
    const alphas = [...image.pixels].filter((_, i) => i % 4 === 3);
    assert.ok(alphas.some((a) => a === 0), 'has transparent pixels');
    assert.ok(alphas.filter((a) => a === 255).length > 50, 'has a visible glyph');
    await checkIcon('outline.png', committed('outline.png'));
  });

  it('committed icons show exactly what generate-icons draws', async () => {
    const icons = renderIcons();
    for (const name of ['color.png', 'outline.png'] as const) {
      const drawn = (await decodePng(icons[name])).pixels;
      const stored = (await decodePng(committed(name))).pixels;
      assert.ok(Buffer.from(drawn).equals(Buffer.from(stored)), `${name}: run node dist/src/tools/teams-package/generate-icons.js`);
    }
  });

  it('rejects a wrongly sized icon and a coloured outline', async () => {
    const red = (size: number): Buffer => encodePng({ width: size, height: size, pixels: new Uint8Array(size * size * 4).fill(255).map((v, i) => (i % 4 === 1 || i % 4 === 2 ? 0 : v)) });
    await assert.rejects(checkIcon('color.png', red(32)), (e: unknown) => e instanceof AppError && /192x192/.test(e.message));
    await assert.rejects(checkIcon('outline.png', red(32)), (e: unknown) => e instanceof AppError && /white on a transparent/.test(e.message));
  });

  it('accepts palette (indexed) PNG icons, as image editors and optimisers save them, with the same pixels', async () => {
    for (const name of ['color.png', 'outline.png'] as const) {
      const original = await decodePng(committed(name));
      const indexed = toIndexedPng(original);
      assert.equal(indexed[25], 3, 'the fixture is colour type 3 (palette)');
      await checkIcon(name, indexed);
      assert.ok(Buffer.from((await decodePng(indexed)).pixels).equals(Buffer.from(original.pixels)), name);
    }
  });

  it('round-trips an RGBA image through encodePng and decodePng', async () => {
    const image = { width: 3, height: 2, pixels: Uint8Array.from([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) };
    const decoded = await decodePng(encodePng(image));
    assert.deepEqual([decoded.width, decoded.height, [...decoded.pixels]], [3, 2, [...image.pixels]]);
  });

  it('rejects a file that is not a PNG, a truncated one and a corrupted chunk, as invalid input naming the reason', async () => {
    await assert.rejects(checkIcon('color.png', Buffer.from('GIF89a, not a PNG')), invalid(/not a usable PNG: Invalid file signature/));
    await assert.rejects(checkIcon('outline.png', committed('outline.png').subarray(0, 100)), invalid(/not a usable PNG: Unexpected end of input/));
    const damaged = Buffer.from(committed('outline.png'));
    damaged[20] = damaged[20]! ^ 0xff;
    await assert.rejects(checkIcon('outline.png', damaged), invalid(/not a usable PNG: Crc error/));
  });
});
