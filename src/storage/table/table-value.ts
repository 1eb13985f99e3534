import { AppError } from '../../errors/app-error';

/**
 * A JSON value spread over string properties `v0`, `v1`, ... of one entity: a Table string property
 * holds at most 64 KiB (32K UTF-16 characters), an entity at most 1 MiB. One entity is written
 * atomically, so a reader never sees half of a value.
 */
export const CHUNK_CHARS = 30_000;
/** 1 MiB per entity, less room for keys and system properties. */
const MAX_CHUNKS = 15;

export type ValueProperties = Record<string, string | number>;

export function splitValue(key: string, value: unknown): ValueProperties {
  const json = JSON.stringify(value) ?? 'null';
  if (json.length > CHUNK_CHARS * MAX_CHUNKS - MAX_CHUNKS) {
    throw new AppError('invalidInput', {
      userMessage: 'That record is too large to store.',
      details: { key, characters: json.length, limit: CHUNK_CHARS * MAX_CHUNKS },
    });
  }
  const properties: ValueProperties = {};
  let start = 0;
  let index = 0;
  while (start < json.length || index === 0) {
    let end = Math.min(json.length, start + CHUNK_CHARS);
    if (end < json.length && isHighSurrogate(json.charCodeAt(end - 1))) end -= 1;
    properties[`v${index}`] = json.slice(start, end);
    start = end;
    index += 1;
  }
  properties.chunks = index;
  return properties;
}

/** A chunk never ends inside a surrogate pair, so each property stays valid UTF-16. */
function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function joinValue<T>(entity: Readonly<Record<string, unknown>>): T {
  const chunks = Number(entity.chunks);
  let json = '';
  for (let index = 0; index < chunks; index += 1) {
    const part = entity[`v${index}`];
    if (typeof part !== 'string') throw new AppError('internal', { details: { reason: 'stored value is incomplete', chunk: index } });
    json += part;
  }
  return JSON.parse(json) as T;
}
