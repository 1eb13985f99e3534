import type { OutgoingMessage } from '../cards/outgoing-message';
import type { Logger } from '../logging/logger';
import type { DeliveryOutcome, DeliveryTarget } from '../notifications/delivery-queue';
import type { HealthTargets } from './health-targets';
import type { OutageRecord, OutageStore, Phase } from './outage-store';

/** The notifications' paced delivery path (DeliveryQueue.send): retries, pacing, per-send outcome. */
export type HealthSend = (target: DeliveryTarget, message: OutgoingMessage) => Promise<DeliveryOutcome>;

/** Posts health cards: claimed per conversation when storage answers, straight to the remembered targets when it does not. */
export class HealthAnnouncer {
  constructor(
    private readonly targets: HealthTargets,
    private readonly outages: OutageStore,
    private readonly send: HealthSend,
    private readonly logger: Logger,
    private readonly now: () => number,
  ) {}

  /** Sends `message` to each target not claimed yet for this outage and phase; how many were delivered. */
  async announce(outage: OutageRecord, phase: Phase, message: OutgoingMessage): Promise<number> {
    let delivered = 0;
    for (const target of await this.targets.read()) {
      if (!(await this.outages.claim(outage, phase, target.conversationId, new Date(this.now()).toISOString()))) continue;
      if (await this.deliver(target, message, phase)) delivered += 1;
    }
    this.logger.info('watch health card posted', { phase, fault: outage.fault, since: outage.since, delivered });
    return delivered;
  }

  /** Storage unreachable: no claims can be written, so only one instance calls this (see StorageOutageWatch). */
  async announceUnstored(phase: Phase, message: OutgoingMessage): Promise<number> {
    let delivered = 0;
    for (const target of this.targets.remembered()) if (await this.deliver(target, message, phase)) delivered += 1;
    this.logger.info('watch health card posted without storage', { phase, delivered });
    return delivered;
  }

  private async deliver(target: DeliveryTarget, message: OutgoingMessage, phase: Phase): Promise<boolean> {
    const outcome = await this.send(target, message);
    if (!outcome.delivered) this.logger.warn('watch health card not delivered', { phase, conversationId: target.conversationId, status: outcome.status, code: outcome.code });
    return outcome.delivered;
  }
}
