import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A fresh temporary folder, and a function that removes it. */
export function makeTempDir(label: string): { readonly dir: string; readonly remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), `pim-${label}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
