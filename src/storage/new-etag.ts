import { randomUUID } from 'node:crypto';

/** A fresh eTag: unique per write, so two writers can never produce the same one. */
export function newEtag(): string {
  return randomUUID();
}
