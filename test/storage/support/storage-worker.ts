/**
 * A child process for the durability tests (not a spec). Usage:
 *   node storage-worker.js write <dataDir> <round>    writes items-<round>/<n> forever, printing "ack <n>" after each
 *   node storage-worker.js increment <dataDir> <count> adds 1 to counter/total <count> times with eTag retries
 */
import { isAppError } from '../../../src/errors/app-error';
import { SqliteStorage } from '../../../src/storage/sqlite-storage';

async function writeForever(storage: SqliteStorage, round: string): Promise<void> {
  for (let n = 0; ; n += 1) {
    await storage.write(`items-${round}/${String(n).padStart(8, '0')}`, { n, payload: 'x'.repeat(200 + (n % 50)) });
    process.stdout.write(`ack ${n}\n`);
  }
}

async function increment(storage: SqliteStorage, count: number): Promise<void> {
  let conflicts = 0;
  for (let done = 0; done < count; ) {
    const current = await storage.read<number>('counter/total');
    try {
      await storage.write('counter/total', (current?.value ?? 0) + 1, current ? current.etag : null);
      done += 1;
    } catch (error: unknown) {
      if (!isAppError(error) || error.code !== 'storageConflict') throw error;
      conflicts += 1;
    }
  }
  process.stdout.write(`done conflicts=${conflicts}\n`);
}

async function main(): Promise<void> {
  const [mode, dataDir, extra] = process.argv.slice(2);
  const storage = new SqliteStorage(dataDir ?? '.');
  if (mode === 'write') await writeForever(storage, extra ?? '0');
  else await increment(storage, Number(extra));
  await storage.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
