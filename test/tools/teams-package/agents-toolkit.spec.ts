import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { load } from 'js-yaml';
import { REPO_ROOT } from '../../../src/tools/repo-paths';
import { readEnvFile } from '../../../src/tools/teams-package/env-file';
import { placeholderNames } from '../../../src/tools/teams-package/manifest-template';

const APP_DIR = path.join(REPO_ROOT, 'teamsapp');
type Schema = Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];
type Project = Record<'provision' | 'deploy', { uses: string; with: Record<string, unknown> }[]> & Record<string, unknown>;

/** The toolkit's published yaml schema (v1.13, from @microsoft/m365agentstoolkit-cli), vendored. */
function toolkitSchema(): Schema {
  const schema = JSON.parse(readFileSync(path.join(REPO_ROOT, 'test', 'tools', 'teams-package', 'fixtures', 'm365agents-yaml-v1.13.schema.json'), 'utf8')) as Record<string, unknown>;
  delete schema.$schema; // validated with app-manifest's draft-04 engine, which handles every keyword it uses
  return schema as Schema;
}

const project = (file: string): Project => load(readFileSync(path.join(APP_DIR, file), 'utf8')) as Project;
const envValues = (file: string): Record<string, string> => readEnvFile(path.join(REPO_ROOT, 'env', file));
/** Variables the toolkit supplies or may leave empty (it prompts for the subscription and resource group). */
const TOOLKIT_BUILT_INS = ['TEAMSFX_ENV', 'APP_NAME_SUFFIX', 'AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME'];
/** Variables a step writes (`writeToEnvironmentFile` entries, or arm/deploy outputs). */
function writtenBy(yml: string): Set<string> {
  const outputs = readFileSync(path.join(APP_DIR, 'infra', 'azure.bicep'), 'utf8').matchAll(/^output (\w+) /gm);
  return new Set([...[...yml.matchAll(/^\s+\w+: ([A-Z][A-Z0-9_]*)$/gm)].map((match) => match[1]!), ...[...outputs].map((match) => match[1]!)]);
}

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

      it(`uses only variables that env/${env} sets or an earlier step writes (the toolkit fails on empty ones)`, () => {
        const yml = readFileSync(path.join(APP_DIR, file), 'utf8');
        const allowed = new Set([...writtenBy(yml), ...TOOLKIT_BUILT_INS, ...(env === '.env.local' ? ['BOT_ENDPOINT'] : [])]);
        const unset = placeholderNames(yml).filter((name) => !allowed.has(name) && !envValues(env)[name]);
        assert.deepEqual(unset, []);
      });
    });
  }

  it('the ARM parameters use only variables that env/.env.dev sets or provisioning writes', () => {
    const parameters = readFileSync(path.join(APP_DIR, 'infra', 'azure.parameters.json'), 'utf8');
    const provisioned = writtenBy(readFileSync(path.join(APP_DIR, 'm365agents.yml'), 'utf8'));
    const unset = placeholderNames(parameters).filter((name) => !provisioned.has(name) && !envValues('.env.dev')[name]);
    assert.deepEqual(unset, []);
    const bicep = readFileSync(path.join(APP_DIR, 'infra', 'azure.bicep'), 'utf8');
    for (const name of Object.keys((JSON.parse(parameters) as { parameters: object }).parameters)) {
      assert.match(bicep, new RegExp(`^param ${name} `, 'm'), `azure.bicep declares ${name}`);
    }
  });

  // The Entra app manifest's permission ids are checked in test/deploy/deploy-config.spec.ts.
});
