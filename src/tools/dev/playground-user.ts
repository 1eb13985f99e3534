import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

export interface PlaygroundUser {
  readonly id: string;
  readonly name: string;
  readonly aadObjectId: string;
}

interface PlaygroundFile {
  readonly currentUser?: Partial<PlaygroundUser>;
  readonly users?: ReadonlyArray<Partial<PlaygroundUser>>;
}

/** The current user and the other users of a `.m365agentsplayground.yml`. */
export function readPlaygroundUsers(configPath: string): { current: PlaygroundUser; others: PlaygroundUser[] } {
  const file = load(readFileSync(configPath, 'utf8')) as PlaygroundFile | undefined;
  const current = toUser(file?.currentUser, `${configPath}: currentUser`);
  const others = (file?.users ?? []).map((user, index) => toUser(user, `${configPath}: users[${index}]`));
  return { current, others };
}

function toUser(user: Partial<PlaygroundUser> | undefined, where: string): PlaygroundUser {
  if (!user?.id || !user.name || !user.aadObjectId) throw new Error(`${where} needs id, name and aadObjectId`);
  return { id: String(user.id), name: String(user.name), aadObjectId: String(user.aadObjectId) };
}
