export type AuditResult = 'attempted' | 'succeeded' | 'failed' | 'refused';

/** One write action as it is recorded: who, what, on which target, with what result, when, where. */
export interface AuditEntry {
  readonly time: string;
  readonly actor: { readonly id: string; readonly aadObjectId?: string; readonly name: string };
  /**
   * WRITE_MODE=delegated: the Graph call ran as this signed-in user (object id and UPN from their token's
   * claims, never the token). Absent: it ran as the app.
   */
  readonly ranAs?: { readonly objectId: string; readonly upn: string };
  /** e.g. `dismiss`, `refresh`, `remediate`, `config`, `subscribe`, `unsubscribe`. */
  readonly action: string;
  /** The alert id, `alertId/incidentId`, or a conversation id for subscriptions. */
  readonly target: string;
  /** `attempted` is written before a Graph write, so a write whose outcome was never recorded still shows. */
  readonly result: AuditResult;
  /** What happened, in words: alert names, people, old → new values. Escaped when shown. */
  readonly summary?: string;
  /** Error code or short detail; never a secret. */
  readonly detail?: string;
  readonly conversationId: string;
  readonly correlationId?: string;
}

/** What `audit verify` reports (src/audit/verify-audit-chain.ts). */
export interface AuditVerdict {
  readonly checked: number;
  readonly anchorSeq: number;
  readonly headSeq: number;
  readonly broken?: { readonly seq: number; readonly reason: string };
}

/** The durable audit trail of write actions. */
export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
  /** The newest `limit` entries, newest first (point reads from the head: no scan of the trail). */
  recent(limit: number): Promise<readonly AuditEntry[]>;
}

/** The trail with its integrity check, for the `audit verify` command. */
export interface VerifiableAuditLog extends AuditLog {
  verify(): Promise<AuditVerdict>;
}
