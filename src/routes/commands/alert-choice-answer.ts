import { escapePlainCardText } from '../../cards/escape-card-text';
import { renderAlertChoice } from '../../cards/render-alert-choice';
import { cardResult, type UseCaseResult } from '../../use-cases/use-case-result';
import type { AlertResolution } from './alert-resolver';

/** What a "Which one?" card offers per candidate: Open (read commands) or the exact command to type (writes). */
export type ChoiceOffer = 'open' | 'type';

/** An `inScopes` resolution (its candidates are the alerts of one type, one per scope). */
type InScopes = Exclude<AlertResolution, { kind: 'found' }>;

/**
 * The answer when a name matches one alert type in several scopes: a "Which one?" card. `retype` turns a candidate's
 * qualified name into the whole command; `text` is the same answer as text (the card's fallback).
 */
export function alertChoiceAnswer(resolution: InScopes, offer: ChoiceOffer, retype: (name: string) => string, text: string): UseCaseResult {
  const choices = resolution.candidates.map((alert, index) =>
    (offer === 'open' ? { alert } : { alert, command: retype(resolution.suggestions[index]?.type ?? alert.id) }));
  const summary = `Which one? "${escapePlainCardText(resolution.query, 80)}" is raised in ${choices.length} places.`;
  return cardResult(renderAlertChoice(resolution.query, choices, text), { summary });
}
