import { StorageAuditLog } from './storage-audit-log';
import { describeVerdict } from './describe-verdict';
import { loadConfig } from '../config/load-config';
import { toAppError } from '../errors/app-error';
import { JsonLogger } from '../logging/json-logger';
import { openStorage } from '../storage/open-storage';

const USAGE = 'Usage: npm run audit:export [-- --after <seq>]   |   npm run audit:verify';

/**
 * The operator's audit tool, on the bot's own configuration (same environment, same storage):
 * `export` writes the kept entries as JSON lines to stdout (ship them to a SIEM; `--after <seq>` for
 * the next increment); `verify` checks the hash chain and exits 1 at the first broken link.
 */
async function run(args: readonly string[]): Promise<number> {
  const [command, flag, value] = args;
  const storage = await openStorage(loadConfig().storage);
  const logger = new JsonLogger('warn', (line) => void process.stderr.write(`${line}\n`));
  const audit = new StorageAuditLog(storage, { logger });
  try {
    if (command === 'verify' && args.length === 1) {
      const verdict = await audit.verify();
      process.stdout.write(`${describeVerdict(verdict).replace(/\*\*/g, '')}\n`);
      return verdict.broken ? 1 : 0;
    }
    const after = flag === '--after' && value !== undefined && /^\d{1,12}$/.test(value) ? Number(value) : args.length === 1 ? 0 : undefined;
    if (command !== 'export' || after === undefined) {
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    const last = await audit.exportLines((line) => void process.stdout.write(line), after);
    process.stderr.write(`exported up to entry ${last}\n`);
    return 0;
  } finally {
    await storage.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`audit: ${toAppError(error).message}\n`);
    process.exitCode = 1;
  },
);
