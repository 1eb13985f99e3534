import assert from 'node:assert/strict';
import { ActivityStream } from '../support/playground/activity-stream';
import { startEchoBot, type RunningEchoBot } from '../support/playground/echo-bot';
import { PlaygroundClient, type PlaygroundConfig } from '../support/playground/playground-client';
import { startPlayground, type RunningPlayground } from '../support/playground/start-playground';

/** The Playground API itself, against a trivial echo bot: proves the harness before the real bot is used. */
describe('e2e harness: Agents Playground API (echo bot)', function () {
  this.timeout(60_000);
  let bot: RunningEchoBot;
  let playground: RunningPlayground;
  let stream: ActivityStream;
  let client: PlaygroundClient;
  let config: PlaygroundConfig;

  before(async () => {
    bot = await startEchoBot();
    playground = await startPlayground(`${bot.url}/api/messages`);
    client = new PlaygroundClient(playground.url);
    stream = await ActivityStream.open(playground.url);
    config = await client.config();
  });

  after(async () => {
    await stream?.close();
    await playground?.child.stop();
    await bot?.close();
  });

  it('serves the mock Teams context from .m365agentsplayground.yml', () => {
    assert.equal(config.currentUser.name, 'Alex Wilber');
    assert.equal(config.users.length, 5);
    assert.deepEqual(config.teams[0]?.channels.map((channel) => channel.name), ['General', 'PIM Alerts']);
  });

  it('delivers install events and a user message, and streams the reply', async () => {
    await client.install(config.personalChat.id);
    await client.send(config.personalChat.id, config.currentUser.id, 'hello');
    const reply = await stream.waitFor((event) => event.message?.text?.startsWith('echo: hello') === true);
    assert.equal(reply.actionConversationId, config.personalChat.id);
    assert.match(reply.message?.text ?? '', new RegExp(config.currentUser.aadObjectId));
    assert.ok(bot.installs.includes(config.personalChat.id));
  });

  it('strips an @mention in a channel and answers in a new thread', async () => {
    const channel = config.teams[0]!.channels[1]!;
    const sent = await client.send(channel.id, config.users[0]!.id, 'ping', { mention: config.bot });
    const reply = await stream.waitFor((event) => event.message?.text?.startsWith('echo: ping') === true);
    assert.equal(reply.actionConversationId, sent.postConversationId);
  });

  it('clicks an Action.Execute button: invoke response and updateActivity both arrive', async () => {
    await client.send(config.personalChat.id, config.currentUser.id, 'card');
    const card = await stream.waitFor((event) => event.action === 'createMessage' && (event.message?.attachments?.length ?? 0) > 0);
    const reply = await client.execute(config.personalChat.id, config.currentUser.id, card.message!.messageId, 'bump', { count: 41 });
    assert.equal(reply.type, 'application/vnd.microsoft.card.adaptive');
    assert.match(JSON.stringify(reply.value), /count 42/);
    const update = await stream.waitFor((event) => event.action === 'updateMessage' && event.message?.messageId === card.message!.messageId);
    assert.match(JSON.stringify(update.message?.attachments), /count 42/);
  });
});
