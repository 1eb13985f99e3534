/** An 8-bit RGBA image: `pixels` holds width * height * 4 bytes, row by row (pngjs's own layout). */
export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
}

/** A shape in unit coordinates (0..1 across and down the icon). */
type Shape = (x: number, y: number) => boolean;

const SAMPLES = 4; // 4 x 4 sub-samples per pixel for smooth edges

/** The app's glyph: a shield, with an exclamation mark cut out of it. `inset` thins it to an outline. */
function shield(inset: number): Shape {
  const top = 0.16 + inset;
  const shoulder = 0.5;
  const tip = 0.88 - inset * 1.8;
  const half = 0.3 - inset;
  return (x, y) => {
    if (y < top || y > tip) return false;
    const dx = Math.abs(x - 0.5);
    if (y <= shoulder) return dx <= half;
    const t = (y - shoulder) / (tip - shoulder);
    return dx <= half * (1 - t ** 1.7);
  };
}

/** An exclamation mark: a tapering bar from `top` to `bottom` and a dot below; `weight` scales its width. */
function exclamation(top: number, bottom: number, weight: number): Shape {
  const dotY = bottom + 0.1;
  return (x, y) => {
    const bar = Math.abs(x - 0.5) <= weight * (1 + (bottom - y) * 0.9) && y >= top && y <= bottom;
    return bar || (x - 0.5) ** 2 + (y - dotY) ** 2 <= (weight * 1.15) ** 2;
  };
}

function coverage(shape: Shape, px: number, py: number, size: number): number {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      if (shape((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size)) hits++;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

function paint(size: number, pixel: (px: number, py: number) => readonly [number, number, number, number]): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) pixels.set(pixel(px, py), (py * size + px) * 4);
  }
  return { width: size, height: size, pixels };
}

/** The 192 x 192 colour icon: a white shield with a cut-out "!" on a full-bleed accent background. */
export function drawColorIcon(accent: readonly [number, number, number], size = 192): RgbaImage {
  const glyph = shield(0);
  const mark = exclamation(0.3, 0.6, 0.045);
  const shape: Shape = (x, y) => glyph(x, y) && !mark(x, y);
  return paint(size, (px, py) => {
    const c = coverage(shape, px, py, size);
    const mix = (channel: number): number => Math.round(channel + (255 - channel) * c);
    return [mix(accent[0]), mix(accent[1]), mix(accent[2]), 255];
  });
}

/** The 32 x 32 outline icon: white shield outline and "!" on transparent (Teams requires only white). */
export function drawOutlineIcon(size = 32): RgbaImage {
  const outer = shield(0);
  const inner = shield(0.08);
  const mark = exclamation(0.32, 0.52, 0.04);
  const shape: Shape = (x, y) => (outer(x, y) && !inner(x, y)) || mark(x, y);
  return paint(size, (px, py) => [255, 255, 255, Math.round(255 * coverage(shape, px, py, size))]);
}
