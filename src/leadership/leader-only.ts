import { notLeader } from '../storage/fencing';
import { isLeading, type Leadership } from './leadership';

/**
 * `target` with every method refusing (AppError notLeader) while this instance does not lead: the
 * poller's Graph client, so a paused leader that wakes up does not poll next to its successor.
 */
export function leaderOnly<T extends object>(target: T, leadership: Leadership): T {
  return new Proxy(target, {
    get(object, property, receiver): unknown {
      const value: unknown = Reflect.get(object, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]): unknown => {
        if (!isLeading(leadership)) throw notLeader(0, undefined);
        return (value as (...params: unknown[]) => unknown).apply(object, args);
      };
    },
  });
}
