import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { load } from 'js-yaml';
import { REPO_ROOT } from '../../src/repo-paths';
import { parseEnvFile } from '../../src/teams-package/env-file';
import { placeholderNames } from '../../src/teams-package/manifest-template';

const APP_DIR = path.join(REPO_ROOT, 'teamsapp');
type Schema = Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];
type Project = Record<'provision' | 'deploy', { uses: string; with: Record<string, unknown> }[]> & Record<string, unknown>;

/** The toolkit's published yaml schema (v1.13, from @microsoft/m365agentstoolkit-cli), vendored. */
function toolkitSchema(): Schema {
  const schema = JSON.parse(readFileSync(path.join(REPO_ROOT, 'test', 'teams-package', 'fixtures', 'm365agents-yaml-v1.13.schema.json'), 'utf8')) as Record<string, unknown>;
  delete schema.$schema; // validated with app-manifest's draft-04 engine, which handles every keyword it uses
  return schema as Schema;
}

const project = (file: string): Project => load(readFileSync(path.join(APP_DIR, file), 'utf8')) as Project;
const envNames = (file: string): Set<string> => new Set(Object.keys(parseEnvFile(readFileSync(path.join(REPO_ROOT, 'env', file), 'utf8'))));

describe('Agents Toolkit project (teamsapp/)', () => {
  for (const [file, env] of [['m365agents.yml', '.env.dev'], ['m365agents.local.yml', '.env.local']] as const) {
    describe(file, () => {
      it("matches the toolkit's yaml schema, and the schema catches a wrong action", async () => {
        assert.deepEqual(await AppManifestUtils.validateAgainstSchema(project(file) as never, toolkitSchema()), []);
        const broken = project(file);
        broken.provision[0]!.uses = 'teamsApp/creat';
        assert.notDeepEqual(await AppManifestUtils.validateAgainstSchema(broken as never, toolkitSchema()), []);
      });

      it('reads ../env and points at files that exist', () => {
        const yml = project(file);
        assert.equal(yml.environmentFolderPath, '../env');
        for (const step of [...yml.provision, ...yml.deploy]) {
          for (const key of ['manifestPath', 'path', 'parameters']) {
            const target = step.with[key] ?? (step.with.templates as Record<string, string>[] | undefined)?.[0]?.[key];
            if (typeof target === 'string') assert.ok(existsSync(path.join(APP_DIR, target)), `${step.uses}: ${target}`);
          }
        }
      });

      it(`uses only variables that env/${env} declares or a provision step writes`, () => {
        const yml = readFileSync(path.join(APP_DIR, file), 'utf8');
        const written = new Set([...yml.matchAll(/^\s+\w+: ([A-Z][A-Z0-9_]*)$/gm)].map((match) => match[1]));
        const builtIn = new Set(['TEAMSFX_ENV', 'SECRET_BOT_PASSWORD']);
        const unknown = placeholderNames(yml).filter((name) => !envNames(env).has(name) && !written.has(name) && !builtIn.has(name));
        assert.deepEqual(unknown, []);
      });
    });
  }

  it('the ARM parameters use only variables of env/.env.dev or the provision steps', () => {
    const parameters = readFileSync(path.join(APP_DIR, 'infra', 'azure.parameters.json'), 'utf8');
    const provisioned = new Set(['BOT_ID', 'BOT_TENANT_ID', 'SECRET_BOT_PASSWORD']);
    const unknown = placeholderNames(parameters).filter((name) => !envNames('.env.dev').has(name) && !provisioned.has(name));
    assert.deepEqual(unknown, []);
    const bicep = readFileSync(path.join(APP_DIR, 'infra', 'azure.bicep'), 'utf8');
    for (const name of Object.keys((JSON.parse(parameters) as { parameters: object }).parameters)) {
      assert.match(bicep, new RegExp(`^param ${name} `, 'm'), `azure.bicep declares ${name}`);
    }
  });

  it('the Entra app manifest asks for the Graph application permissions the bot needs', () => {
    const aad = JSON.parse(readFileSync(path.join(APP_DIR, 'aad.manifest.json'), 'utf8')) as {
      requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: string }[] }[];
    };
    const graph = aad.requiredResourceAccess.find((resource) => resource.resourceAppId === 'Microsoft Graph');
    assert.deepEqual(graph?.resourceAccess.map((access) => `${access.id}:${access.type}`).sort(), [
      'GroupMember.Read.All:Role',
      'RoleManagementAlert.ReadWrite.Directory:Role',
    ]);
  });
});
