import type { Storage } from '../storage/storage';
import { channelRoot, conversationKey } from '../notifications/storage-keys';
import { DIGEST_KEYS } from './digest-keys';
import { nextRun, type DigestSchedule } from './digest-schedule';
import type { QuietHours } from './quiet-hours';

/** One conversation's digest and quiet hours: its own record, apart from the subscription. */
export interface DigestSettings {
  readonly conversationId: string;
  readonly digest?: DigestSchedule & { readonly nextRunAt: string };
  readonly quiet?: QuietHours;
  readonly updatedBy: { readonly id: string; readonly name: string };
  readonly updatedAt: string;
}

type Change = Partial<Pick<DigestSettings, 'digest' | 'quiet'>>;

export class DigestSettingsStore {
  constructor(private readonly storage: Storage, private readonly now: () => number = Date.now) {}

  async get(conversationId: string): Promise<DigestSettings | undefined> {
    return (await this.storage.read<DigestSettings>(this.key(conversationId)))?.value;
  }

  async list(): Promise<readonly DigestSettings[]> {
    return (await this.storage.list<DigestSettings>(DIGEST_KEYS.settings)).map((item) => item.value);
  }

  /** Sets (or with `undefined`, turns off) the schedule; the next run is computed from now. */
  async setDigest(conversationId: string, schedule: DigestSchedule | undefined, by: DigestSettings['updatedBy']): Promise<DigestSettings> {
    const digest = schedule && { ...schedule, nextRunAt: new Date(nextRun(schedule, this.now())).toISOString() };
    return this.change(conversationId, { digest }, by);
  }

  async setQuiet(conversationId: string, quiet: QuietHours | undefined, by: DigestSettings['updatedBy']): Promise<DigestSettings> {
    return this.change(conversationId, { quiet }, by);
  }

  /**
   * Moves the next run on after a digest went out; only if the record still has the run that was sent
   * (eTag-checked), so a concurrent change by an admin is not overwritten.
   */
  async advance(settings: DigestSettings, nextRunAt: number): Promise<void> {
    const item = await this.storage.read<DigestSettings>(this.key(settings.conversationId));
    if (!item?.value.digest || item.value.digest.nextRunAt !== settings.digest?.nextRunAt) return;
    const digest = { ...item.value.digest, nextRunAt: new Date(nextRunAt).toISOString() };
    await this.storage.write(item.key, { ...item.value, digest }, item.etag);
  }

  async remove(conversationId: string): Promise<boolean> {
    return this.storage.delete(this.key(conversationId));
  }

  private async change(conversationId: string, change: Change, by: DigestSettings['updatedBy']): Promise<DigestSettings> {
    const id = channelRoot(conversationId);
    const current = await this.get(id);
    const next: DigestSettings = {
      ...current, ...change, conversationId: id, updatedBy: { id: by.id, name: by.name }, updatedAt: new Date(this.now()).toISOString(),
    };
    if (!next.digest && !next.quiet) await this.remove(id);
    else await this.storage.write(this.key(id), next);
    return next;
  }

  private key(conversationId: string): string {
    return conversationKey(DIGEST_KEYS.settings, channelRoot(conversationId));
  }
}
