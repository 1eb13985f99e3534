import type { BotAnswer } from './bot-client';

/** The text a user would read in an answer: invoke response message/error, or sent text and cards. */
export function readableText(answer: BotAnswer): string {
  const parts: string[] = [];
  const body = answer.body as { value?: unknown; type?: unknown } | undefined;
  if (body && typeof body === 'object') {
    const topMessage = (body as { message?: unknown }).message;
    if (typeof topMessage === 'string') parts.push(topMessage);
    const value = body.value;
    if (typeof value === 'string') parts.push(value);
    else if (value && typeof value === 'object') {
      const message = (value as { message?: unknown }).message;
      if (typeof message === 'string') parts.push(message);
      if (body.type === 'application/vnd.microsoft.card.adaptive') parts.push(cardText(value));
    }
  }
  for (const call of answer.sent) {
    const { text, attachments } = call.activity as { text?: unknown; attachments?: unknown };
    if (typeof text === 'string') parts.push(text);
    if (Array.isArray(attachments)) for (const attachment of attachments) parts.push(cardText((attachment as { content?: unknown }).content));
  }
  return parts.filter((part) => part.trim() !== '').join('\n');
}

/** Every `text` in a card, concatenated. */
export function cardText(card: unknown): string {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'text' || key === 'title' || key === 'value') && typeof value === 'string') texts.push(value);
        else walk(value);
      }
    }
  };
  walk(card);
  return texts.join('\n');
}

/** Every card attachment the answer carries (invoke response card and sent cards). */
export function cardsIn(answer: BotAnswer): unknown[] {
  const cards: unknown[] = [];
  const body = answer.body as { value?: unknown; type?: unknown } | undefined;
  if (body?.type === 'application/vnd.microsoft.card.adaptive') cards.push(body.value);
  for (const call of answer.sent) {
    const attachments = (call.activity as { attachments?: unknown }).attachments;
    if (Array.isArray(attachments)) for (const attachment of attachments) cards.push((attachment as { content?: unknown }).content);
  }
  return cards;
}
