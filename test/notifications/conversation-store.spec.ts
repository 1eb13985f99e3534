import assert from 'node:assert/strict';
import { ConversationStore } from '../../src/notifications/conversation-store';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { referenceFor } from './support/conversation-fixtures';

describe('ConversationStore.pause', () => {
  it('marks a stored conversation paused with when and why; a fresh save clears it', async () => {
    const store = new ConversationStore(new MemoryStorage(), () => Date.UTC(2026, 11, 7));
    await store.save(referenceFor('a:personal'), 'personal');
    assert.equal(await store.pause('a:personal', 'send failed with 403 BotDisabledByAdmin'), true);
    assert.deepEqual((await store.get('a:personal'))?.paused, { at: '2026-12-07T00:00:00.000Z', reason: 'send failed with 403 BotDisabledByAdmin' });
    await store.save(referenceFor('a:personal'), 'personal');
    assert.equal((await store.get('a:personal'))?.paused, undefined);
  });

  it('does not pause a conversation it does not know', async () => {
    const store = new ConversationStore(new MemoryStorage());
    assert.equal(await store.pause('unknown', 'x'), false);
    assert.equal(await store.get('unknown'), undefined);
  });

  it('does not pause a conversation saved afresh between its read and its write (someone talked to the bot meanwhile)', async () => {
    const storage = new MemoryStorage();
    const store = new ConversationStore(storage);
    await store.save(referenceFor('a:personal'), 'personal');
    const write = storage.write.bind(storage);
    let interleaved = false;
    storage.write = async <T>(key: string, value: T, expectedEtag?: string | null): Promise<string> => {
      if (!interleaved && typeof expectedEtag === 'string') {
        interleaved = true;
        await store.save(referenceFor('a:personal'), 'personal');
      }
      return write(key, value, expectedEtag);
    };
    assert.equal(await store.pause('a:personal', 'send failed with 403 BotDisabledByAdmin'), false);
    assert.ok(interleaved);
    assert.equal((await store.get('a:personal'))?.paused, undefined);
  });
});
