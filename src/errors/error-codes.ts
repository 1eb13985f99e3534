/**
 * The small catalogue of error codes the whole app speaks. Each code has a default message a user can
 * act on; call sites may give a more specific one.
 */
export const ERROR_CATALOGUE = {
  invalidInput: 'That input is not valid.',
  invalidId: 'That identifier is not valid.',
  invalidSetting: 'That setting or value is not valid.',
  notFound: 'That alert or incident no longer exists. Type "alerts" to see the current list.',
  notRemediatable: "This alert can't be remediated automatically; follow its mitigation steps instead.",
  graphForbidden:
    'The bot is not allowed to do that in Microsoft Graph. Grant the app RoleManagementAlert.ReadWrite.Directory ' +
    '(or RoleManagementAlert.Read.Directory for reading) with admin consent, and make sure the caller has the ' +
    'Privileged Role Administrator role.',
  graphBusy: 'Microsoft Graph is busy, try again in a minute.',
  graphUnavailable: 'Microsoft Graph is unavailable right now, try again in a minute.',
  tooManyRequests: 'Too many Microsoft Graph reads from chat this minute; try again in a minute.',
  timeout: 'Microsoft Graph did not answer in time, try again in a minute.',
  conflict: 'Someone else changed that at the same time; look at the current state and try again.',
  userNotAllowed: 'You are not allowed to do that.',
  signInRequired: 'Sign in first: this change runs in Microsoft Graph as you, so I need your permission (single sign-on).',
  azureSignInRequired:
    'Sign in first: this change runs in Azure Resource Manager as you, so I need your permission (single sign-on); Azure RBAC decides what is allowed.',
  roleRequired:
    'Microsoft Graph refused the change: it needs the Privileged Role Administrator role, active. If you are eligible for it, ' +
    'activate it in PIM (My roles) first, then try again.',
  unknownCommand: 'I did not understand that. Type "help" to see what I can do.',
  configuration: 'The bot is not configured correctly.',
  storageConflict: 'The stored record changed concurrently.',
  notLeader: 'This instance is no longer the leader; another instance has taken over the notifications.',
  internal: 'Something went wrong on my side. Try again; if it keeps happening, tell your administrator.',
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
