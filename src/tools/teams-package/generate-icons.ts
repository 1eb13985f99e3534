import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../repo-paths';
import { drawColorIcon, drawOutlineIcon } from './icon-art';
import { encodePng } from './png-image';

/** Teams purple, the app's accent colour (also `accentColor` in the manifest). */
export const ACCENT_RGB: readonly [number, number, number] = [0x46, 0x47, 0x75];

/** The two icon files as PNG bytes, by file name in teamsapp/. */
export function renderIcons(): Readonly<Record<'color.png' | 'outline.png', Buffer>> {
  return { 'color.png': encodePng(drawColorIcon(ACCENT_RGB)), 'outline.png': encodePng(drawOutlineIcon()) };
}

/** `node dist/src/tools/teams-package/generate-icons.js` rewrites teamsapp/color.png and teamsapp/outline.png. */
function main(): void {
  for (const [name, bytes] of Object.entries(renderIcons())) {
    const file = path.join(REPO_ROOT, 'teamsapp', name);
    writeFileSync(file, bytes);
    process.stdout.write(`wrote ${path.relative(REPO_ROOT, file)} (${bytes.length} bytes)\n`);
  }
}

if (require.main === module) main();
