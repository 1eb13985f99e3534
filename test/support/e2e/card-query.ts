import type { StreamEvent } from '../playground/activity-stream';

export interface CardAction {
  readonly verb: string;
  readonly title: string;
  readonly data: unknown;
}

/** The first Adaptive Card of a streamed message or invoke reply value, as parsed JSON. */
export function cardOf(event: StreamEvent): unknown {
  return event.message?.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

/** All the text a card shows (TextBlocks, facts, action titles), joined by newlines: for assertions. */
export function cardText(card: unknown): string {
  const parts: string[] = [];
  walk(card, (node) => {
    for (const key of ['text', 'title', 'value'] as const) {
      const value = node[key];
      if (typeof value === 'string') parts.push(value);
    }
  });
  return parts.join('\n');
}

/** Every Action.Execute in a card (buttons and selectActions), in document order. */
export function cardActions(card: unknown): CardAction[] {
  const actions: CardAction[] = [];
  walk(card, (node) => {
    if (node.type === 'Action.Execute') actions.push({ verb: String(node.verb), title: typeof node.title === 'string' ? node.title : '', data: node.data });
  });
  return actions;
}

export function findAction(card: unknown, verb: string, title?: string): CardAction {
  const action = cardActions(card).find((candidate) => candidate.verb === verb && (title === undefined || candidate.title === title));
  if (!action) throw new Error(`no ${verb}${title ? ` "${title}"` : ''} button in card: ${cardActions(card).map((a) => `${a.verb}/${a.title}`).join(', ')}`);
  return action;
}

/** True when the event is a bot message (new or updated) in `conversationId` whose text or card contains `needle`. */
export function shows(event: StreamEvent, conversationId: string, needle: string | RegExp): boolean {
  if (!event.actionConversationId.startsWith(conversationId)) return false;
  const text = `${event.message?.text ?? ''}\n${cardText(cardOf(event))}`;
  return typeof needle === 'string' ? text.includes(needle) : needle.test(text);
}

function walk(node: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) for (const item of node) walk(item, visit);
  else if (node && typeof node === 'object') {
    visit(node as Record<string, unknown>);
    for (const value of Object.values(node)) walk(value, visit);
  }
}
