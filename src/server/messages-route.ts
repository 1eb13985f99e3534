import type { Request, Response, Server } from 'restify';
import type { Logger } from '../logging/logger';
import { activityShapeProblem } from './activity-shape';
import { CapturedAnswer, sendAdapterAnswer } from './adapter-answer';
import type { BotAdapter, BotHandler, TurnContext } from './create-adapter';
import type { BodyBudget } from './body-budget';
import { readJsonBody } from './json-body';
import type { BodyLimits } from './read-body';
import { originOf, unservedReason, type ServedAudience } from './served-audience';

export interface MessagesDeps {
  readonly adapter: BotAdapter;
  readonly bot: BotHandler;
  readonly body: BodyLimits;
  /** Shared by every request: what bodies still being read (unauthenticated) may hold together. */
  readonly bodyBudget: BodyBudget;
  readonly audience: ServedAudience;
  readonly logger: Logger;
}

export const NOT_SERVED_BODY = { code: 'Forbidden', message: 'This bot does not serve this tenant or channel.' } as const;

/**
 * POST /api/messages: uncompressed JSON of bounded size and read time (before authentication: see readJsonBody),
 * shape check, then botbuilder (auth, turn); its failures mapped. Right after authentication, before
 * the bot (and so before anything is stored), an activity from an unserved tenant or channel is
 * dropped with a 403.
 */
export function registerMessagesRoute(server: Server, deps: MessagesDeps): void {
  server.post('/api/messages', readJsonBody(deps.body, deps.bodyBudget), async (req: Request, res: Response) => {
    const problem = activityShapeProblem(req.body);
    if (problem) {
      res.json(400, { code: 'BadRequest', message: problem });
      return;
    }
    try {
      const answer = new CapturedAnswer();
      let dropped = false;
      await deps.adapter.process(req, answer, async (context) => {
        dropped = !servable(context, deps);
        if (!dropped) await deps.bot.run(context);
      });
      if (dropped) res.json(403, NOT_SERVED_BODY);
      else sendAdapterAnswer(res, answer, deps.logger);
    } catch (error) {
      deps.logger.warn('activity rejected', { error });
      if (!res.headersSent) res.json(400, { code: 'BadRequest', message: 'The activity is not valid.' });
    }
  });
}

/** Runs after authentication: false (and logged) for another tenant or a channel other than Teams. */
function servable(context: TurnContext, deps: MessagesDeps): boolean {
  const reason = unservedReason(context.activity, deps.audience);
  if (reason) deps.logger.warn('activity dropped: not served', { reason, ...originOf(context.activity) });
  return reason === undefined;
}
