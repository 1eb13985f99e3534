import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../src/errors/app-error';
import { REPO_ROOT } from '../../../src/repo-paths';
import { renderIcons } from '../../../src/tools/teams-package/generate-icons';
import { checkIcon, isWhiteOnTransparent } from '../../../src/tools/teams-package/icon-check';
import { decodePng, encodePng } from '../../../src/tools/teams-package/png-codec';

const committed = (name: string): Buffer => readFileSync(path.join(REPO_ROOT, 'teamsapp', name));

describe('Teams app icons', () => {
  it('colour icon is a 192x192 opaque PNG', () => {
    const image = decodePng(committed('color.png'));
    assert.deepEqual([image.width, image.height], [192, 192]);
    for (let i = 3; i < image.pixels.length; i += 4) assert.equal(image.pixels[i], 255);
    assert.doesNotThrow(() => checkIcon('color.png', committed('color.png')));
  });

  it('outline icon is 32x32, only white on transparent, and not empty', () => {
    const image = decodePng(committed('outline.png'));
    assert.deepEqual([image.width, image.height], [32, 32]);
    assert.ok(isWhiteOnTransparent(image.pixels));
    const alphas = [...image.pixels].filter((_, i) => i % 4 === 3);
    assert.ok(alphas.some((a) => a === 0), 'has transparent pixels');
    assert.ok(alphas.filter((a) => a === 255).length > 50, 'has a visible glyph');
    assert.doesNotThrow(() => checkIcon('outline.png', committed('outline.png')));
  });

  it('committed icons show exactly what generate-icons draws', () => {
    const icons = renderIcons();
    for (const name of ['color.png', 'outline.png'] as const) {
      const drawn = decodePng(icons[name]).pixels;
      assert.ok(Buffer.from(drawn).equals(Buffer.from(decodePng(committed(name)).pixels)), `${name}: run node dist/src/tools/teams-package/generate-icons.js`);
    }
  });

  it('rejects a wrongly sized icon and a coloured outline', () => {
    const red = (size: number): Buffer => encodePng({ width: size, height: size, pixels: new Uint8Array(size * size * 4).fill(255).map((v, i) => (i % 4 === 1 || i % 4 === 2 ? 0 : v)) });
    assert.throws(() => checkIcon('color.png', red(32)), (e: unknown) => e instanceof AppError && /192x192/.test(e.message));
    assert.throws(() => checkIcon('outline.png', red(32)), (e: unknown) => e instanceof AppError && /white on a transparent/.test(e.message));
  });
});
