import type { AuditEntry } from './audit-log';

const MAX_FIELD = 300;
const MAX_SUMMARY = 500;
const RESULTS: ReadonlySet<string> = new Set(['attempted', 'succeeded', 'failed', 'refused']);

/**
 * One line of text: control characters, line and paragraph separators and runs of white space become
 * one space (a target with a newline cannot forge a second audit line), then bounded.
 */
export function auditText(value: string, max = MAX_FIELD): string {
  // eslint-disable-next-line no-control-regex
  const line = value.replace(/[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

const cut = (value: string): string => auditText(value);

/** The entry as it is stored: a canonical ISO time, every text one bounded line, no unknown keys. */
export function normalizeAuditEntry(entry: AuditEntry): AuditEntry {
  const time = Number.isNaN(Date.parse(entry.time)) ? new Date().toISOString() : new Date(entry.time).toISOString();
  const { actor } = entry;
  return {
    time,
    actor: {
      id: cut(actor.id),
      name: cut(actor.name),
      ...(actor.aadObjectId === undefined ? {} : { aadObjectId: cut(actor.aadObjectId) }),
    },
    ...(entry.ranAs === undefined ? {} : { ranAs: { objectId: cut(entry.ranAs.objectId), upn: cut(entry.ranAs.upn) } }),
    action: cut(entry.action),
    target: cut(entry.target) || '-',
    result: entry.result,
    ...(entry.summary === undefined ? {} : { summary: auditText(entry.summary, MAX_SUMMARY) }),
    ...(entry.detail === undefined ? {} : { detail: cut(entry.detail) }),
    conversationId: cut(entry.conversationId),
    ...(entry.correlationId === undefined ? {} : { correlationId: cut(entry.correlationId) }),
  };
}

const isText = (value: unknown): value is string => typeof value === 'string';
const optionalText = (value: unknown): boolean => value === undefined || isText(value);

/** A stored record back as an AuditEntry, or undefined when it does not have the shape. */
export function parseAuditEntry(value: unknown): AuditEntry | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  const actor = record.actor as Record<string, unknown> | null | undefined;
  if (!actor || typeof actor !== 'object' || !isText(actor.id) || !isText(actor.name) || !optionalText(actor.aadObjectId)) return undefined;
  const texts = [record.time, record.action, record.target, record.conversationId];
  if (!texts.every(isText) || !isText(record.result) || !RESULTS.has(record.result)) return undefined;
  const ranAs = record.ranAs as Record<string, unknown> | null | undefined;
  if (ranAs !== undefined && (!ranAs || typeof ranAs !== 'object' || !isText(ranAs.objectId) || !isText(ranAs.upn))) return undefined;
  if (!optionalText(record.detail) || !optionalText(record.correlationId) || !optionalText(record.summary)) return undefined;
  return normalizeAuditEntry(record as unknown as AuditEntry);
}
