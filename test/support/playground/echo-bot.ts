import { ActivityHandler, CardFactory, CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext, type InvokeResponse } from 'botbuilder';
import restify from 'restify';

/** A trivial botbuilder bot that proves the Playground harness works without the real bot. */
class EchoBot extends ActivityHandler {
  readonly installs: string[] = [];

  constructor() {
    super();
    this.onMessage(async (context, next) => {
      TurnContext.removeRecipientMention(context.activity);
      const text = (context.activity.text ?? '').trim();
      if (text === 'card') await context.sendActivity({ attachments: [CardFactory.adaptiveCard(counterCard(0))] });
      else await context.sendActivity(`echo: ${text} (from ${context.activity.from.aadObjectId ?? '?'})`);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      this.installs.push(context.activity.conversation.id);
      await next();
    });
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const value = context.activity.value as { action: { verb: string; data: { count: number } } };
    const count = value.action.data.count + 1;
    await context.updateActivity({ id: context.activity.replyToId, type: 'message', attachments: [CardFactory.adaptiveCard(counterCard(count))] });
    return { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: counterCard(count) } };
  }
}

function counterCard(count: number): Record<string, unknown> {
  return {
    type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: `count ${count}` }],
    actions: [{ type: 'Action.Execute', title: 'Bump', verb: 'bump', data: { count } }],
  };
}

export interface RunningEchoBot {
  readonly url: string;
  readonly installs: readonly string[];
  close(): Promise<void>;
}

/** Starts the echo bot on 127.0.0.1 (port 0), with no app id like the real bot in local mode. */
export async function startEchoBot(): Promise<RunningEchoBot> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '' }));
  const bot = new EchoBot();
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  return {
    url: `http://127.0.0.1:${address.port}`,
    installs: bot.installs,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
    }),
  };
}
