/**
 * Storage keys as Table keys. `namespace/rest` → PartitionKey = namespace, RowKey = rest (a key without
 * '/' is all namespace). Both are escaped character by character: letters, digits and `-._:;=@,+` stay,
 * every other character (including the '/', '\\', '#', '?' and control characters Table keys forbid)
 * becomes `%XX` of its UTF-8 bytes. The escaping is reversible and keeps prefixes: `k` starts with `p`
 * exactly when escape(k) starts with escape(p). Every data key starts with '!' (which escape() never
 * produces), so metadata rows (the fence) never collide with data; a key without '/' has RowKey '!!'.
 */
export interface TableKey {
  readonly partitionKey: string;
  readonly rowKey: string;
}

export const DATA_MARK = '!';
/** Above every character escape() produces, so `p` ≤ key < `p` + RANGE_END lists one escaped prefix. */
export const RANGE_END = '~';

const NO_SLASH = DATA_MARK + DATA_MARK;
const KEPT = /[A-Za-z0-9\-._:;=@,+]/;

export function escapeKeyPart(text: string): string {
  let escaped = '';
  for (const char of text) {
    if (KEPT.test(char)) escaped += char;
    else for (const byte of Buffer.from(char, 'utf8')) escaped += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return escaped;
}

export function unescapeKeyPart(escaped: string): string {
  return decodeURIComponent(escaped);
}

export function toTableKey(key: string): TableKey {
  const cut = key.indexOf('/');
  if (cut === -1) return { partitionKey: DATA_MARK + escapeKeyPart(key), rowKey: NO_SLASH };
  return { partitionKey: DATA_MARK + escapeKeyPart(key.slice(0, cut)), rowKey: DATA_MARK + escapeKeyPart(key.slice(cut + 1)) };
}

export function fromTableKey({ partitionKey, rowKey }: TableKey): string {
  const namespace = unescapeKeyPart(partitionKey.slice(DATA_MARK.length));
  return rowKey === NO_SLASH ? namespace : `${namespace}/${unescapeKeyPart(rowKey.slice(DATA_MARK.length))}`;
}

/**
 * The OData filter of the rows whose key may start with `prefix`: one partition and a RowKey range
 * when the prefix holds a '/', else a PartitionKey range (callers still check the decoded key).
 */
export function prefixFilter(prefix: string): string {
  const cut = prefix.indexOf('/');
  if (cut === -1) {
    const low = DATA_MARK + escapeKeyPart(prefix);
    return `PartitionKey ge ${quote(low)} and PartitionKey lt ${quote(low + RANGE_END)}`;
  }
  const { partitionKey, rowKey } = toTableKey(prefix);
  return `PartitionKey eq ${quote(partitionKey)} and RowKey ge ${quote(rowKey)} and RowKey lt ${quote(rowKey + RANGE_END)}`;
}

/** An OData string literal. */
export function quote(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
