/**
 * The baseline for `npm run bench`: a bare botbuilder echo bot (CloudAdapter + ActivityHandler on
 * restify, no authentication), run as its own process on PORT, answering every message with its text.
 */
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import * as restify from 'restify';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
  await next();
});

const server = restify.createServer();
server.use(restify.plugins.bodyParser());
server.get('/healthz', (_request, response, next) => {
  response.send(200, { status: 'ok' });
  next();
});
server.post('/api/messages', async (request, response) => {
  await adapter.process(request, response, (context) => bot.run(context));
});
server.listen(Number(process.env.PORT ?? 3979), '127.0.0.1');
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
});
