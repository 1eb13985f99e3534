import type { CommandRoute } from './route';
import { usageMarkdown } from './usage-markdown';

/**
 * The help message: one line per command, in registration order, placeholders such as `<alert>` in
 * italics (see usageMarkdown).
 */
export function helpText(commands: readonly CommandRoute[]): string {
  const lines = commands.map((command) => `- **${command.usage}**: ${command.summary}`);
  return usageMarkdown([
    'Here is what I can do:',
    '- **help**: show this list',
    ...lines,
    '',
    '**<alert>** is a short key such as staleSignIn, the full key (StaleSignInAlert), the alert id, or the start of its name; add @subscription for an Azure alert raised in several subscriptions (tooManyOwners@afa2a084).',
  ].join('\n'));
}
