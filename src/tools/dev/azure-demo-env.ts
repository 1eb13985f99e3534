import { DEMO_SUBSCRIPTIONS } from '../simulator/arm/arm-seed';

/**
 * `npm run dev` shows Azure resource alerts too: the simulator's three subscriptions as AZURE_ALERT_SCOPES, read from the
 * simulator as Resource Manager. The user's own AZURE_ALERT_SCOPES / AZURE_RESOURCE_MANAGER_URL win (set
 * AZURE_ALERT_SCOPES= empty to see the Entra alerts alone).
 */
export function azureDemoEnvironment(simulatorPort: number, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    AZURE_ALERT_SCOPES: DEMO_SUBSCRIPTIONS.map((sub) => sub.subscriptionId).join(','),
    AZURE_RESOURCE_MANAGER_URL: `http://127.0.0.1:${simulatorPort}`,
    ...env,
  };
}
