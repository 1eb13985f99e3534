/**
 * Runs the loopback connector in its own process (so its clock and event loop are not the bot's),
 * driven over IPC: prints nothing; answers { url } at start, and { counts } to 'counts', resets on 'reset'.
 */
import { startLoopbackConnector } from './loopback-connector';

async function main(): Promise<void> {
  const connector = await startLoopbackConnector(Number(process.argv[2] ?? 50));
  process.send?.({ url: connector.url });
  process.on('message', (command: string) => {
    if (command === 'reset') connector.reset();
    if (command === 'counts') {
      const { accepted, throttled, requests } = connector.counts;
      process.send?.({ counts: { accepted: [...accepted.entries()], throttled, requests } });
    }
    if (command === 'close') void connector.close().then(() => process.exit(0));
  });
}

void main();
