import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

export interface PlaygroundUser {
  readonly id: string;
  readonly name: string;
  readonly aadObjectId: string;
  /** `userPrincipleName` in the yml (the Playground's spelling); the name when absent. */
  readonly upn: string;
}

interface PlaygroundFile {
  readonly currentUser?: Partial<PlaygroundUser> & { userPrincipleName?: unknown };
  readonly users?: ReadonlyArray<Partial<PlaygroundUser> & { userPrincipleName?: unknown }>;
}

/** The current user and the other users of a `.m365agentsplayground.yml`. */
export function readPlaygroundUsers(configPath: string): { current: PlaygroundUser; others: PlaygroundUser[] } {
  const file = load(readFileSync(configPath, 'utf8')) as PlaygroundFile | undefined;
  const current = toUser(file?.currentUser, `${configPath}: currentUser`);
  const others = (file?.users ?? []).map((user, index) => toUser(user, `${configPath}: users[${index}]`));
  return { current, others };
}

function toUser(user: (Partial<PlaygroundUser> & { userPrincipleName?: unknown }) | undefined, where: string): PlaygroundUser {
  if (!user?.id || !user.name || !user.aadObjectId) throw new Error(`${where} needs id, name and aadObjectId`);
  const upn = typeof user.userPrincipleName === 'string' ? user.userPrincipleName : String(user.name);
  return { id: String(user.id), name: String(user.name), aadObjectId: String(user.aadObjectId), upn };
}
