import type { ActivityHandler, CloudAdapter } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../logging/logger';
import { activityShapeProblem } from './activity-shape';
import { CapturedAnswer, sendAdapterAnswer } from './adapter-answer';
import { readJsonBody } from './json-body';

export interface MessagesDeps {
  readonly adapter: CloudAdapter;
  readonly bot: ActivityHandler;
  readonly maxBodyBytes: number;
  readonly logger: Logger;
}

/**
 * POST /api/messages: uncompressed JSON of bounded size (before authentication: see readJsonBody),
 * shape check, then botbuilder (auth, turn); its failures mapped.
 */
export function registerMessagesRoute(server: Server, deps: MessagesDeps): void {
  server.post('/api/messages', readJsonBody(deps.maxBodyBytes), async (req: Request, res: Response) => {
    const problem = activityShapeProblem(req.body);
    if (problem) {
      res.json(400, { code: 'BadRequest', message: problem });
      return;
    }
    try {
      const answer = new CapturedAnswer();
      await deps.adapter.process(req, answer, (context) => deps.bot.run(context));
      sendAdapterAnswer(res, answer, deps.logger);
    } catch (error) {
      deps.logger.warn('activity rejected', { error });
      if (!res.headersSent) res.json(400, { code: 'BadRequest', message: 'The activity is not valid.' });
    }
  });
}
