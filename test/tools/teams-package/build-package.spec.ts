import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { AppError } from '../../../src/errors/app-error';
import { REPO_ROOT } from '../../../src/tools/repo-paths';
import { buildPackage } from '../../../src/tools/teams-package/build-package';
import { decodePng } from '../../../src/tools/teams-package/png-image';
import { toIndexedPng } from './support/indexed-png';

const IDS = {
  TEAMS_APP_ID: '2b1f4c1e-8a3e-4f0e-9d55-2f1f0c9a7a11',
  BOT_ID: '6d3f5a0c-1b2e-4c7d-8e9f-0a1b2c3d4e5f',
  TEAMS_BOT_ID: '0b0e7e3c-1d2e-4f5a-8b6c-7d8e9f0a1b2c',
  BOT_DOMAIN: 'pimalertsdev01.azurewebsites.net',
};

describe('buildPackage', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'teams-package-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('builds appPackage.dev.zip from env/.env.dev with exactly the manifest and the two icons', async () => {
    const built = await buildPackage({ envName: 'dev', outDir: dir, overrides: IDS });
    assert.equal(built.zipPath, path.join(dir, 'appPackage.dev.zip'));
    const entries = unzipSync(readFileSync(built.zipPath));
    assert.deepEqual(Object.keys(entries).sort(), ['color.png', 'manifest.json', 'outline.png']);
    const manifestText = Buffer.from(entries['manifest.json']!).toString('utf8');
    assert.doesNotMatch(manifestText, /\$\{\{/);
    const manifest = JSON.parse(manifestText) as { id: string; name: { short: string }; bots: { botId: string }[]; validDomains: string[] };
    assert.equal(manifest.id, IDS.TEAMS_APP_ID);
    assert.equal(manifest.bots[0]!.botId, IDS.TEAMS_BOT_ID, 'the bot is the managed identity in Azure');
    assert.deepEqual(manifest.validDomains, [IDS.BOT_DOMAIN, 'token.botframework.com']);
    assert.equal(manifest.name.short, 'PIM Alerts (dev)');
    for (const icon of ['color.png', 'outline.png']) {
      assert.ok(Buffer.from(entries[icon]!).equals(readFileSync(path.join(REPO_ROOT, 'teamsapp', icon))), icon);
    }
  });

  it('is reproducible: building twice gives the same bytes', async () => {
    const first = readFileSync((await buildPackage({ envName: 'dev', outDir: path.join(dir, 'a'), overrides: IDS })).zipPath);
    const second = readFileSync((await buildPackage({ envName: 'dev', outDir: path.join(dir, 'b'), overrides: IDS })).zipPath);
    assert.ok(first.equals(second));
  });

  describe('in a project of its own', () => {
    let root: string;
    beforeEach(() => {
      root = path.join(dir, 'project');
      mkdirSync(path.join(root, 'teamsapp'), { recursive: true });
      mkdirSync(path.join(root, 'env'));
      for (const file of ['manifest.json', 'color.png', 'outline.png']) {
        copyFileSync(path.join(REPO_ROOT, 'teamsapp', file), path.join(root, 'teamsapp', file));
      }
      const dev = readFileSync(path.join(REPO_ROOT, 'env', '.env.dev'), 'utf8');
      writeFileSync(path.join(root, 'env', '.env.test'), dev.replace('APP_NAME_SUFFIX=" (dev)"', 'APP_NAME_SUFFIX='));
    });

    it('names every variable the environment lacks', async () => {
      await assert.rejects(
        buildPackage({ envName: 'test', repoRoot: root, overrides: { BOT_DOMAIN: IDS.BOT_DOMAIN } }),
        (error: unknown) => error instanceof AppError && /env\/\.env\.test has no value for TEAMS_APP_ID, TEAMS_BOT_ID, BOT_ID\b/.test(error.message),
      );
    });

    it('takes secrets-file values, writes to teamsapp/build by default, and allows an empty name suffix', async () => {
      writeFileSync(path.join(root, 'env', '.env.test.user'), Object.entries(IDS).map(([k, v]) => `${k}=${v}`).join('\n'));
      const built = await buildPackage({ envName: 'test', repoRoot: root });
      assert.equal(built.zipPath, path.join(root, 'teamsapp', 'build', 'appPackage.test.zip'));
      assert.equal((built.manifest.name as { short: string }).short, 'PIM Alerts');
    });

    it('packages palette (indexed) PNG icons unchanged', async () => {
      for (const icon of ['color.png', 'outline.png']) {
        const file = path.join(root, 'teamsapp', icon);
        writeFileSync(file, toIndexedPng(await decodePng(readFileSync(file))));
      }
      const built = await buildPackage({ envName: 'test', repoRoot: root, overrides: IDS });
      const entries = unzipSync(readFileSync(built.zipPath));
      assert.ok(Buffer.from(entries['color.png']!).equals(readFileSync(path.join(root, 'teamsapp', 'color.png'))));
    });

    it('refuses a manifest the schema rejects, and a wrongly sized icon', async () => {
      const file = path.join(root, 'teamsapp', 'manifest.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('"accentColor": "#464775"', '"accentColor": "purple"'));
      await assert.rejects(buildPackage({ envName: 'test', repoRoot: root, overrides: IDS }), /does not match its schema:\n.*accentColor/);
      copyFileSync(path.join(REPO_ROOT, 'teamsapp', 'manifest.json'), file);
      copyFileSync(path.join(REPO_ROOT, 'teamsapp', 'outline.png'), path.join(root, 'teamsapp', 'color.png'));
      await assert.rejects(buildPackage({ envName: 'test', repoRoot: root, overrides: IDS }), /color\.png must be 192x192/);
    });
  });
});
