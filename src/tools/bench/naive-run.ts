import { MessageFactory } from 'botbuilder';
import { benchReference, conversationIds, createBenchAdapter } from './bench-adapter';
import type { RemoteConnector } from './remote-connector';
import { tally, type SendTally } from './send-tally';

/**
 * The echo-bot way: `continueConversationAsync` + `sendActivity` per conversation, no pacing and no
 * retries of its own (botbuilder's HTTP pipeline still retries some 429s by itself), failures dropped.
 */
export async function runNaive(connector: RemoteConnector, count: number, text: string, mode: 'parallel' | 'sequential'): Promise<SendTally> {
  const adapter = createBenchAdapter();
  const ids = conversationIds(count);
  const sendOne = async (id: string): Promise<void> => {
    try {
      await adapter.continueConversationAsync('', benchReference(connector.url, id), async (context) => {
        await context.sendActivity(MessageFactory.text(text));
      });
    } catch {
      // the naive bot drops the failure: that is what is being measured
    }
  };
  await connector.reset();
  const started = Date.now();
  if (mode === 'parallel') await Promise.all(ids.map(sendOne));
  else for (const id of ids) await sendOne(id);
  return tally(`naive botbuilder, ${mode === 'parallel' ? 'all at once' : 'sequential'}`, Date.now() - started, ids, await connector.counts());
}
