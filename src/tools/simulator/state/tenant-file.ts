import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../../../logging/logger';
import type { PersistedArmSubscription } from '../arm/arm-store';
import type { AlertRecord } from './records';

/** What the simulated tenant keeps across restarts: its alerts (incidents, configuration), groups and Azure subscriptions' alerts. */
export interface PersistedTenant {
  readonly version: 1;
  readonly tenantId: string;
  readonly alerts: readonly AlertRecord[];
  readonly groups: Readonly<Record<string, readonly string[]>>;
  /** Absent in a file saved before Azure alerts were kept: they start from the seed. */
  readonly azure?: readonly PersistedArmSubscription[];
}

/**
 * The simulated tenant in a JSON file, so a restarted simulator continues the same tenant the way a real
 * one would (a bot that kept its data would otherwise see remediated incidents come back as new ones).
 * Written atomically (temporary file, then rename) and only when the tenant changed.
 */
export class TenantFile {
  private lastWritten = '';

  constructor(private readonly file: string, private readonly logger: Logger) {}

  /** The saved tenant, or undefined (none yet, another tenant id, or unreadable: then the seed is used). */
  load(tenantId: string): PersistedTenant | undefined {
    if (!existsSync(this.file)) return undefined;
    try {
      const saved = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<PersistedTenant>;
      if (saved.version !== 1 || !Array.isArray(saved.alerts) || typeof saved.groups !== 'object' || saved.groups === null) {
        throw new Error('not a saved simulator tenant (version 1)');
      }
      if (saved.tenantId !== tenantId) {
        this.logger.warn('saved simulator tenant is for another tenant id; starting from the seed', { file: this.file });
        return undefined;
      }
      this.lastWritten = JSON.stringify(saved);
      return saved as PersistedTenant;
    } catch (error) {
      this.logger.warn('saved simulator tenant could not be read; starting from the seed', { file: this.file, error });
      return undefined;
    }
  }

  /** Writes `tenant` unless it is what was last written or read. */
  save(tenant: PersistedTenant): void {
    const text = JSON.stringify(tenant);
    if (text === this.lastWritten) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, this.file);
    this.lastWritten = text;
  }
}
