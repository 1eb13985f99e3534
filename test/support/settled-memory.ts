import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * Bytes of Buffers (ArrayBuffers) still reachable after a full garbage collection: what the process
 * actually holds, not what it has yet to collect. Request bodies are Buffers, so a body kept in memory
 * shows here and a body read and dropped does not.
 */
export async function heldBufferBytes(): Promise<number> {
  await new Promise((resolve) => setImmediate(resolve));
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().arrayBuffers;
}

/** Resident set size and held Buffers after a full garbage collection, in MB, for reports. */
export async function settledMegabytes(): Promise<{ rss: number; buffers: number }> {
  const buffers = await heldBufferBytes();
  return { rss: Math.round(process.memoryUsage().rss / 1048576), buffers: Math.round(buffers / 1048576) };
}
