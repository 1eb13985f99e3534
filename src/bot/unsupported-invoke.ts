import { MESSAGE_TYPE } from './invoke-response';

export const UNSUPPORTED_INVOKE_TEXT =
  'This app does not support that action. Type "help" in a chat with the bot to see what it can do.';

/**
 * The answer to a Teams invoke the bot does not handle (a dialog `task/*`, a message extension
 * `composeExtension/*`, `message/submitAction`, ...): a readable 200 in the shape that invoke expects,
 * instead of botbuilder's empty 501.
 */
export function unsupportedInvoke(name: string | undefined): { readonly status: number; readonly body: unknown } {
  const text = UNSUPPORTED_INVOKE_TEXT;
  if (name?.startsWith('task/')) return { status: 200, body: { task: { type: 'message', value: text } } };
  if (name?.startsWith('composeExtension/')) return { status: 200, body: { composeExtension: { type: 'message', text } } };
  return { status: 200, body: { statusCode: 200, type: MESSAGE_TYPE, value: text } };
}
