/** Every action object (actions, selectAction, fallback, ShowCard contents) anywhere in a card. */
export function findActions(node: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(node)) {
    for (const item of node) findActions(item, found);
  } else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.type === 'string' && record.type.startsWith('Action.')) found.push(record);
    for (const value of Object.values(record)) findActions(value, found);
  }
  return found;
}

export function verbsIn(card: unknown): string[] {
  return findActions(card).flatMap((action) => {
    if (typeof action.verb === 'string') return [action.verb];
    const data = action.data as { verb?: unknown } | undefined;
    return typeof data?.verb === 'string' ? [data.verb] : [];
  });
}

/** UTF-16 size in bytes, as Teams counts message size. */
export const utf16Bytes = (value: unknown): number => JSON.stringify(value).length * 2;
