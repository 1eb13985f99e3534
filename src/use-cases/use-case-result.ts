import type { CardPayload } from '../cards/card-payload';

/** A card to show, with what src/bot/ should do besides answering. */
export interface CardResult {
  readonly kind: 'card';
  readonly card: CardPayload;
  /** The one-line preview Teams shows for a posted card (e.g. the digest's counts). */
  readonly summary?: string;
  /** Runs once the card is posted, with its activity id (a chat command's "Scanning…" card that the scan later updates). */
  readonly afterPost?: (activityId: string) => void;
  /** A card action's card also replaces the clicked message for everyone in the conversation, not only the clicker's view. */
  readonly updatesSharedMessage?: boolean;
}

/**
 * What a use case (and a route) produces: a card (replaces the clicked card, or is posted) or a short
 * text for the user. src/bot/ turns it into a reply, an invoke body or a card update.
 */
export type UseCaseResult = CardResult | { readonly kind: 'text'; readonly text: string };

export const cardResult = (card: CardPayload, extras: Omit<CardResult, 'kind' | 'card'> = {}): UseCaseResult => ({ kind: 'card', card, ...extras });
export const textResult = (text: string): UseCaseResult => ({ kind: 'text', text });

export const ALREADY_IN_PROGRESS = textResult('That is already in progress; the card updates when it finishes.');
