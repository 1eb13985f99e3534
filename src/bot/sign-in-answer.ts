import { oauthCardActivity, type Activity } from './teams-activity';
import type { SignInResource } from '../delegation/user-token-service';
import type { InvokeResult } from './invoke-response';

export const LOGIN_REQUEST_TYPE = 'application/vnd.microsoft.activity.loginRequest';
const SIGN_IN_TEXT = 'Sign in so that I can make this change in Microsoft Graph as you (your PIM role decides what is allowed).';

/**
 * The Universal Actions sign-in answer to an `Action.Execute`: 401 `loginRequest` with the OAuth
 * connection and its `tokenExchangeResource`; Teams exchanges silently (SSO) and sends the same
 * invoke again with `value.authentication`, or shows the sign-in button.
 */
export function loginRequestInvoke(connectionName: string, resource: SignInResource): InvokeResult {
  return {
    statusCode: 401,
    type: LOGIN_REQUEST_TYPE,
    value: {
      text: SIGN_IN_TEXT,
      connectionName,
      ...(resource.tokenExchangeResource ? { tokenExchangeResource: resource.tokenExchangeResource } : {}),
      buttons: [{ type: 'signin', title: 'Sign in', text: 'Sign in', value: resource.signInLink }],
    },
  };
}

/** A chat command's sign-in: an OAuth card (Teams does SSO with its `tokenExchangeResource`); then the command is sent again. */
export function signInCardActivity(connectionName: string, resource: SignInResource): Partial<Activity> {
  const text = `${SIGN_IN_TEXT} Then send the command again.`;
  return oauthCardActivity(connectionName, text, resource.signInLink, resource.tokenExchangeResource);
}
