import { createHash } from 'node:crypto';

/**
 * Storage keys as Table keys. `namespace/rest` → PartitionKey = namespace, RowKey = rest (a key without
 * '/' is all namespace). Both are escaped character by character: letters, digits and `-._:;=@,+` stay,
 * every other character (including the '/', '\\', '#', '?' and control characters Table keys forbid)
 * becomes `%XX` of its UTF-8 bytes. The escaping is reversible and keeps prefixes: `k` starts with `p`
 * exactly when escape(k) starts with escape(p). Every data key starts with '!' (which escape() never
 * produces), so metadata rows (the fence) never collide with data; a key without '/' has RowKey '!!'.
 *
 * Escaping can grow a part up to 9× (`%` → `%25`, a 3-byte character → 9 characters), and a Table key
 * holds at most 512 characters: a part longer than MAX_PART_CHARS once escaped keeps its first KEPT_CHARS and
 * ends in '}' (which escape() never produces) and the sha256 of the whole unescaped part, so it fits,
 * never equals an unhashed part, and still sorts inside every prefix range that holds it. Such a key
 * cannot be unescaped: the entity keeps the original key (property ORIGINAL_KEY).
 */
export interface TableKey {
  readonly partitionKey: string;
  readonly rowKey: string;
}

export const DATA_MARK = '!';
/** Above every character escape() produces, so `p` ≤ key < `p` + RANGE_END lists one escaped prefix. */
export const RANGE_END = '~';

/**
 * Longest escaped key part stored as is: a Table key holds at most 1 KiB of UTF-16, 512 characters
 * (Azurite answers 513 with InvalidInput).
 */
export const MAX_PART_CHARS = 512;
/** Escaped characters a hashed part keeps, so listing by prefix still finds it. */
export const KEPT_CHARS = MAX_PART_CHARS - 65;
const HASH_MARK = '}';
/** The entity property holding the original storage key when a part of it was hashed. */
export const ORIGINAL_KEY = 'storageKey';

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

/** One key part as stored: marked and escaped, hashed past MAX_PART_CHARS. */
function storedPart(text: string): string {
  const escaped = DATA_MARK + escapeKeyPart(text);
  if (escaped.length <= MAX_PART_CHARS) return escaped;
  return escaped.slice(0, KEPT_CHARS) + HASH_MARK + createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The lowest stored part a part starting with `text` can have: a hashed part keeps only KEPT_CHARS. */
function rangeStart(text: string): string {
  const escaped = DATA_MARK + escapeKeyPart(text);
  return escaped.length <= KEPT_CHARS ? escaped : escaped.slice(0, KEPT_CHARS);
}

export function toTableKey(key: string): TableKey {
  const cut = key.indexOf('/');
  if (cut === -1) return { partitionKey: storedPart(key), rowKey: NO_SLASH };
  return { partitionKey: storedPart(key.slice(0, cut)), rowKey: storedPart(key.slice(cut + 1)) };
}

/** The PartitionKey of a namespace's rows. */
export function partitionKeyOf(namespace: string): string {
  return storedPart(namespace);
}

/** Whether a stored key had a part hashed, so only the entity's ORIGINAL_KEY tells the key. */
export function isHashedKey({ partitionKey, rowKey }: TableKey): boolean {
  return partitionKey.includes(HASH_MARK) || rowKey.includes(HASH_MARK);
}

/** The storage key of a row whose key parts were not hashed. */
export function fromTableKey({ partitionKey, rowKey }: TableKey): string {
  const namespace = unescapeKeyPart(partitionKey.slice(DATA_MARK.length));
  return rowKey === NO_SLASH ? namespace : `${namespace}/${unescapeKeyPart(rowKey.slice(DATA_MARK.length))}`;
}

/**
 * The OData filter of the rows whose key may start with `prefix`: one partition and a RowKey range
 * when the prefix holds a '/', else a PartitionKey range (callers still check the decoded key: a prefix
 * longer than a hashed part keeps matches rows it does not start).
 */
export function prefixFilter(prefix: string): string {
  const cut = prefix.indexOf('/');
  if (cut === -1) {
    const low = rangeStart(prefix);
    return `PartitionKey ge ${quote(low)} and PartitionKey lt ${quote(low + RANGE_END)}`;
  }
  const partitionKey = storedPart(prefix.slice(0, cut));
  const rowKey = rangeStart(prefix.slice(cut + 1));
  return `PartitionKey eq ${quote(partitionKey)} and RowKey ge ${quote(rowKey)} and RowKey lt ${quote(rowKey + RANGE_END)}`;
}

/** An OData string literal. */
export function quote(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
