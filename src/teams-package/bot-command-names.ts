/**
 * The chat commands the bot understands, as listed in teamsapp/manifest.json (`commandLists`).
 * A test keeps the manifest, this list and the bot's command table in step. `help` is the router's
 * fallback; the subscription and audit commands live outside src/commands/pim-commands.ts.
 */
export const BOT_COMMAND_NAMES = [
  'help',
  'alerts',
  'alert',
  'incidents',
  'dismiss',
  'refresh',
  'remediate',
  'config',
  'subscribe',
  'unsubscribe',
  'subscriptions',
  'audit',
] as const;
