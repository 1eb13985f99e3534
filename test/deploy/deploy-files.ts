import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { REPO_ROOT } from '../../src/tools/repo-paths';

export const readRepoFile = (relative: string): string => readFileSync(path.join(REPO_ROOT, relative), 'utf8');

/** The deploy ignore file as the Agents Toolkit reads it: one `ignore` rule per trimmed line. */
export function toolkitIgnore(ignoreFile: string): Ignore {
  const rules = ignore();
  for (const line of readRepoFile(ignoreFile).split('\n').map((text) => text.trim())) rules.add(line);
  return rules;
}

/**
 * The files `azureAppService/zipDeploy` would upload from the repository root: like the toolkit, a walk
 * that skips every path (folder or file, relative, no trailing slash) the rules ignore, and so never
 * enters an ignored folder.
 */
export function deployedFiles(rules: Ignore, folder = ''): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(path.join(REPO_ROOT, folder), { withFileTypes: true })) {
    const relative = folder === '' ? entry.name : `${folder}/${entry.name}`;
    if (rules.test(relative).ignored) continue;
    if (entry.isDirectory()) files.push(...deployedFiles(rules, relative));
    else files.push(relative);
  }
  return files;
}
