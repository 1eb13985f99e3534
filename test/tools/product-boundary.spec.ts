import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/tools/repo-paths';
import { productFiles, TOOLS } from '../support/product-files';

/** Relative module specifiers a file imports or requires. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import|require\()\s*['"](\.[^'"]+)['"]/g)].map((match) => match[1]!);
}

describe('src/tools is development tooling, apart from the product', () => {
  it('no product file under src/ (outside src/tools) imports anything from src/tools', () => {
    const files = productFiles();
    assert.ok(files.length > 50, `found ${files.length} product files`);
    const offending = files.flatMap((file) =>
      importsOf(file)
        .filter((specifier) => path.resolve(path.dirname(file), specifier).startsWith(TOOLS + path.sep))
        .map((specifier) => `${path.relative(REPO_ROOT, file)} imports ${specifier}`),
    );
    assert.deepEqual(offending, []);
  });

  it('the tools-only packages are dev dependencies, so a pruned production install has none of them', () => {
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Record<'dependencies' | 'devDependencies', Record<string, string>>;
    for (const name of ['fflate', 'pngjs', '@microsoft/app-manifest', '@microsoft/m365agentsplayground']) {
      assert.ok(name in manifest.devDependencies && !(name in manifest.dependencies), name);
    }
  });
});
