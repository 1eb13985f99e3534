import type { Fencing } from '../storage/fencing';
import { LEADER_NAMESPACES, type Leadership } from './leadership';

/**
 * The single-instance default (SQLite): this instance always leads. It still raises the epoch at
 * start, so an instance started later on the same file fences this one's writes out.
 */
export class SingleInstanceLeadership implements Leadership {
  private epoch: number | undefined;
  private readonly listeners: ((leading: boolean) => void)[] = [];

  constructor(
    readonly instanceId: string,
    private readonly fencing: Fencing,
  ) {}

  currentEpoch(): number | undefined {
    return this.epoch;
  }

  async start(): Promise<void> {
    this.epoch = await this.fencing.raiseEpoch(this.instanceId, LEADER_NAMESPACES);
    for (const listener of this.listeners) listener(true);
  }

  stop(): Promise<void> {
    const wasLeading = this.epoch !== undefined;
    this.epoch = undefined;
    if (wasLeading) for (const listener of this.listeners) listener(false);
    return Promise.resolve();
  }

  onChange(listener: (leading: boolean) => void): void {
    this.listeners.push(listener);
  }
}
