import type { Alert } from '../pim/model';
import { alertDisplayName, alertStatusText } from './alert-headline';
import { alertScopeName } from './alert-scope';
import type { CardPayload } from './card-payload';
import { renderTemplate } from './card-template';
import { escapeCardText, escapePlainCardText } from './escape-card-text';

/** Most candidates one "Which one?" card lists (a type raised in 200 subscriptions is narrowed with `@` instead). */
export const MAX_CHOICES = 20;

/**
 * One alert a name could mean. `command`: the exact command to type for it (a write is never one click away
 * from a disambiguation card); without it the row has an Open button that opens that alert.
 */
export interface AlertChoice {
  readonly alert: Alert;
  readonly command?: string;
}

export interface AlertChoiceData {
  readonly fallbackText: string;
  readonly intro: string;
  readonly candidates: readonly {
    readonly name: string;
    readonly scope: string;
    readonly incidentText: string;
    readonly opens: readonly { readonly alertId: string }[];
    readonly commands: readonly { readonly text: string }[];
  }[];
  readonly moreNotes: readonly { readonly text: string }[];
}

/**
 * "Which one?": the alerts a chat name matches in several scopes (Azure subscriptions), each with its name, scope
 * and incident count as listed (no further read), and an Open button or the command to type. `fallbackText` is
 * what a client that cannot show the card shows instead (the same answer as text).
 */
export function renderAlertChoice(query: string, choices: readonly AlertChoice[], fallbackText: string): CardPayload {
  return renderTemplate('alert-choice', alertChoiceData(query, choices, fallbackText));
}

export function alertChoiceData(query: string, choices: readonly AlertChoice[], fallbackText: string): AlertChoiceData {
  const shown = choices.slice(0, MAX_CHOICES);
  const action = shown.some((choice) => choice.command === undefined) ? 'Open the one you mean.' : 'Type the command of the one you mean.';
  return {
    fallbackText: escapePlainCardText(fallbackText, 4000),
    intro: `"${escapeCardText(query, 80)}" is raised in ${choices.length} places. ${action}`,
    candidates: shown.map(({ alert, command }) => ({
      name: escapeCardText(alertDisplayName(alert), 300),
      scope: escapeCardText(alertScopeName(alert), 300),
      incidentText: incidentText(alert),
      opens: command === undefined ? [{ alertId: escapePlainCardText(alert.id, 300) }] : [],
      commands: command === undefined ? [] : [{ text: escapeCardText(command, 400) }],
    })),
    moreNotes: choices.length > MAX_CHOICES
      ? [{ text: `${choices.length - MAX_CHOICES} more not shown: name the subscription after @ (its id's first 8 characters or its name).` }]
      : [],
  };
}

/** `3 incidents`, and `, dismissed` for an inactive alert that still has incidents. */
function incidentText(alert: Alert): string {
  const count = `${alert.incidentCount.toLocaleString('en-US')} incident${alert.incidentCount === 1 ? '' : 's'}`;
  return alert.isActive || alert.incidentCount === 0 ? count : `${count}, ${alertStatusText(alert).toLowerCase()}`;
}
