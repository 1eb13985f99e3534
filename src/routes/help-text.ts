import type { CommandRoute } from './route';

/**
 * The help message: one line per command, in registration order. Placeholders such as `<alert>` stay
 * out of code spans: Teams and the Playground show a code span's `<` as the literal entity `&lt;`.
 */
export function helpText(commands: readonly CommandRoute[]): string {
  const lines = commands.map((command) => `- **${command.usage}**: ${command.summary}`);
  return [
    'Here is what I can do:',
    '- **help**: show this list',
    ...lines,
    '',
    '**<alert>** is a short key such as staleSignIn, the full key (StaleSignInAlert), the alert id, or the start of its name.',
  ].join('\n');
}
