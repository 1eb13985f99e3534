import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { commandNames, MANIFEST_OMITS } from '../../../src/routes/route-table';
import { REPO_ROOT } from '../../../src/tools/repo-paths';
import { fillPlaceholders, placeholderNames } from '../../../src/tools/teams-package/manifest-template';
import { validateManifestSchema } from '../../../src/tools/teams-package/manifest-schema';
import { readEnvFile } from '../../../src/tools/teams-package/env-file';

const TEMPLATE = readFileSync(path.join(REPO_ROOT, 'teamsapp', 'manifest.json'), 'utf8');

/** Plausible values for every placeholder: GUIDs for ids, https URLs, a host name for the domain. */
const SAMPLE_VALUES: Record<string, string> = {
  TEAMS_APP_ID: '2b1f4c1e-8a3e-4f0e-9d55-2f1f0c9a7a11',
  BOT_ID: '6d3f5a0c-1b2e-4c7d-8e9f-0a1b2c3d4e5f',
  TEAMS_BOT_ID: '0b0e7e3c-1d2e-4f5a-8b6c-7d8e9f0a1b2c',
  BOT_DOMAIN: 'pimalertsdev01.azurewebsites.net',
  APP_NAME_SUFFIX: ' (dev)',
  APP_VERSION: '1.0.0',
  DEVELOPER_NAME: 'Contoso IT Security',
  DEVELOPER_WEBSITE_URL: 'https://www.example.com/pim-alerts',
  DEVELOPER_PRIVACY_URL: 'https://www.example.com/pim-alerts/privacy',
  DEVELOPER_TERMS_URL: 'https://www.example.com/pim-alerts/terms',
};

interface BotManifest {
  scopes: string[];
  supportsFiles: boolean;
  commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[];
}
const filled = (values: Record<string, string> = SAMPLE_VALUES): Record<string, unknown> =>
  JSON.parse(fillPlaceholders(TEMPLATE, values, 'test')) as Record<string, unknown>;
const botOf = (manifest: Record<string, unknown>): BotManifest => (manifest.bots as BotManifest[])[0]!;

describe('teamsapp/manifest.json', () => {
  it('validates against the official schema it names, once its placeholders are filled', async () => {
    const manifest = filled();
    assert.match(String(manifest.$schema), /\/teams\/v1\.\d+\/MicrosoftTeams\.schema\.json$/);
    assert.deepEqual(await validateManifestSchema(manifest), []);
  });

  it('fails validation when it breaks the schema (the check can fail)', async () => {
    const manifest = filled();
    delete manifest.id;
    botOf(manifest).commandLists[0]!.commands.push(...botOf(manifest).commandLists[0]!.commands);
    const failures = await validateManifestSchema(manifest);
    assert.ok(failures.some((failure) => /id/.test(failure)), failures.join('\n'));
    assert.ok(failures.some((failure) => /commands.*more than/.test(failure)), failures.join('\n'));
  });

  it('uses only placeholders that env/.env.dev and env/.env.local declare', () => {
    for (const env of ['dev', 'local']) {
      const declared = readEnvFile(path.join(REPO_ROOT, 'env', `.env.${env}`));
      const undeclared = placeholderNames(TEMPLATE).filter((name) => !(name in declared));
      assert.deepEqual(undeclared, [], `env/.env.${env} lacks ${undeclared.join(', ')}`);
    }
    assert.deepEqual(placeholderNames(TEMPLATE).sort(), Object.keys(SAMPLE_VALUES).sort());
  });

  it('has a bot in personal, team and group chat scopes that takes no files', () => {
    const bot = botOf(filled());
    assert.deepEqual([...bot.scopes].sort(), ['groupChat', 'personal', 'team']);
    assert.equal(bot.supportsFiles, false);
    assert.deepEqual([...bot.commandLists[0]!.scopes].sort(), ['groupChat', 'personal', 'team']);
  });

  it('keeps names within Teams limits, with the longest suffix the env files use', () => {
    const manifest = filled({ ...SAMPLE_VALUES, APP_NAME_SUFFIX: ' (local)' });
    const name = manifest.name as { short: string; full: string };
    const description = manifest.description as { short: string; full: string };
    assert.ok(name.short.length <= 30 && description.short.length <= 80 && description.full.length <= 4000);
  });
});

describe('manifest commands and the bot', () => {
  const titles = botOf(filled()).commandLists.flatMap((list) => list.commands.map((command) => command.title));

  it('lists every bot command once, each with a description', () => {
    assert.equal(new Set(titles).size, titles.length, titles.join(', '));
    for (const command of botOf(filled()).commandLists[0]!.commands) assert.ok(command.description.length > 10, command.title);
  });

  it('names exactly the commands of the route table but the omitted ones, plus the help fallback', () => {
    const registered = commandNames();
    assert.ok(registered.includes('help') && registered.includes('snooze') && registered.includes('exclude'), registered.join(', '));
    for (const omitted of MANIFEST_OMITS) assert.ok(registered.includes(omitted) && !titles.includes(omitted), omitted);
    const missing = registered.filter((name) => !titles.includes(name) && !MANIFEST_OMITS.includes(name));
    assert.deepEqual(missing, [], `add ${missing.join(', ')} to teamsapp/manifest.json`);
    const unknown = titles.filter((title) => !registered.includes(title));
    assert.deepEqual(unknown, [], `the manifest lists commands the bot does not have: ${unknown.join(', ')}`);
    const descriptions = botOf(filled()).commandLists[0]!.commands.map((command) => command.description).join(' ');
    const hidden = registered.filter((name) => !titles.includes(name) && !new RegExp(`\\b${name}\\b`).test(descriptions));
    assert.deepEqual(hidden, [], `add ${hidden.join(', ')} to teamsapp/manifest.json (as a command, or in a related command's description)`);
    assert.ok(titles.length <= 12, `Teams shows at most 12 commands per list, the manifest has ${titles.length}`);
  });
});
