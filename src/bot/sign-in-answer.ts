import { oauthCardActivity, type Activity } from './teams-activity';
import type { SignInResource } from '../delegation/user-token-service';
import type { InvokeResult } from './invoke-response';
import type { TokenResource } from '../delegation/token-resource';

export const LOGIN_REQUEST_TYPE = 'application/vnd.microsoft.activity.loginRequest';
const SIGN_IN_TEXT: Readonly<Record<TokenResource, string>> = {
  graph: 'Sign in so that I can make this change in Microsoft Graph as you (your PIM role decides what is allowed).',
  arm: 'Sign in so that I can make this change in Azure Resource Manager as you (your Azure role on the subscription decides what is allowed).',
};

/**
 * The Universal Actions sign-in answer to an `Action.Execute`: 401 `loginRequest` with the OAuth
 * connection and its `tokenExchangeResource`; Teams exchanges silently (SSO) and sends the same
 * invoke again with `value.authentication`, or shows the sign-in button.
 */
export function loginRequestInvoke(connectionName: string, api: TokenResource, resource: SignInResource): InvokeResult {
  return {
    statusCode: 401,
    type: LOGIN_REQUEST_TYPE,
    value: {
      text: SIGN_IN_TEXT[api],
      connectionName,
      ...(resource.tokenExchangeResource ? { tokenExchangeResource: resource.tokenExchangeResource } : {}),
      buttons: [{ type: 'signin', title: 'Sign in', text: 'Sign in', value: resource.signInLink }],
    },
  };
}

/** A chat command's sign-in: an OAuth card (Teams does SSO with its `tokenExchangeResource`); then the command is sent again. */
export function signInCardActivity(connectionName: string, api: TokenResource, resource: SignInResource): Partial<Activity> {
  const text = `${SIGN_IN_TEXT[api]} Then send the command again.`;
  return oauthCardActivity(connectionName, text, resource.signInLink, resource.tokenExchangeResource);
}
