import { AppError } from '../../errors/app-error';
import { VERBS } from '../../cards/verbs';
import { readActionData } from './action-data';
import { cardRoute } from '../route';
import { cardResult } from '../../use-cases/use-case-result';
import { startRefresh } from '../../use-cases/refresh-alerts';
import type { RefreshTarget } from '../../use-cases/refresh-target';

const SCHEMA = {
  alertId: { kind: 'alertId', optional: true },
  page: { kind: 'page', optional: true },
  scope: { kind: 'scopeAll', optional: true },
} as const;

function parseTarget(data: unknown): RefreshTarget {
  const fields = readActionData(data, SCHEMA);
  if (typeof fields.alertId === 'string' && fields.scope === undefined) {
    return { alertId: fields.alertId, page: typeof fields.page === 'number' ? fields.page : 0 };
  }
  if (fields.scope === 'all' && fields.alertId === undefined && fields.page === undefined) return { all: true };
  throw new AppError('invalidInput', { userMessage: 'This button must name either one alert or all alerts.' });
}

/** Refresh: "Scanning…" at once; the same message is updated when the scan finishes. */
export const refreshAction = cardRoute({
  verb: VERBS.refresh,
  access: 'write',
  parse: parseTarget,
  handle: async (deps, turn, target) => cardResult(startRefresh(deps, turn, target, turn.sourceMessageId, await deps.writes.forWrite(turn, 'alertId' in target ? target.alertId : undefined))),
});
