interface Rgba { readonly r: number; readonly g: number; readonly b: number; readonly a: number }

/** `#RRGGBB` or `#AARRGGBB` (the host config form: alpha first). */
export function parseColor(hex: string): Rgba {
  const digits = hex.replace(/^#/, '');
  if (!/^([0-9a-f]{6}|[0-9a-f]{8})$/i.test(digits)) throw new Error(`not a colour: ${hex}`);
  const alpha = digits.length === 8 ? parseInt(digits.slice(0, 2), 16) / 255 : 1;
  const rgb = digits.slice(-6);
  return { r: parseInt(rgb.slice(0, 2), 16), g: parseInt(rgb.slice(2, 4), 16), b: parseInt(rgb.slice(4, 6), 16), a: alpha };
}

const channel = (value: number): number => {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = (c: Rgba): number => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);

/** WCAG 2 contrast ratio of `foreground` drawn over `background` (a translucent foreground is blended first). */
export function contrastRatio(foreground: string, background: string): number {
  const back = parseColor(background);
  const front = parseColor(foreground);
  const mix = (f: number, b: number): number => f * front.a + b * (1 - front.a);
  const drawn = { r: mix(front.r, back.r), g: mix(front.g, back.g), b: mix(front.b, back.b), a: 1 };
  const [light, dark] = [luminance(drawn), luminance(back)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
