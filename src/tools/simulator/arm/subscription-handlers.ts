import type { RequestContext } from '../http/request-context';
import { json, type SimResponse } from '../http/sim-response';
import type { SimulatorState } from '../state/simulator-state';
import type { ArmSubscriptionRecord } from './arm-store';
import { armError, subscriptionOf } from './arm-handlers';

const SUBSCRIPTIONS_API_VERSIONS = ['2022-12-01', '2021-01-01', '2020-01-01'];

function view(state: SimulatorState, sub: ArmSubscriptionRecord): Record<string, unknown> {
  return {
    id: `/subscriptions/${sub.subscriptionId}`, subscriptionId: sub.subscriptionId, tenantId: state.settings.tenantId,
    displayName: sub.displayName, state: 'Enabled',
  };
}

function checkVersion(ctx: RequestContext): void {
  const version = ctx.query.get('api-version');
  if (version === null || !SUBSCRIPTIONS_API_VERSIONS.includes(version)) {
    throw armError(400, 'InvalidApiVersionParameter', `Subscriptions need one of the api-versions ${SUBSCRIPTIONS_API_VERSIONS.join(', ')}.`);
  }
}

/** Microsoft.Resources `GET /subscriptions` and `GET /subscriptions/{id}`: the demo subscriptions, named. */
export const subscriptionHandlers = {
  list: (state: SimulatorState, ctx: RequestContext): SimResponse => {
    checkVersion(ctx);
    return json({ value: state.azure.allSubscriptions().map((sub) => view(state, sub)) });
  },
  get: (state: SimulatorState, ctx: RequestContext): SimResponse => {
    checkVersion(ctx);
    return json(view(state, subscriptionOf(state, ctx)));
  },
};
