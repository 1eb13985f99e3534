import type { CardPayload } from '../cards/card-payload';

/** What a flow produces: a card (replaces the clicked card, or is sent) or a short text for the user. */
export type UseCaseResult =
  | { readonly kind: 'card'; readonly card: CardPayload }
  | { readonly kind: 'text'; readonly text: string };

export const cardResult = (card: CardPayload): UseCaseResult => ({ kind: 'card', card });
export const textResult = (text: string): UseCaseResult => ({ kind: 'text', text });

export const ALREADY_IN_PROGRESS = textResult('That is already in progress; the card updates when it finishes.');
