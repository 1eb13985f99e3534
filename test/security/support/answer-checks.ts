import { strict as assert } from 'node:assert';
import type { BotAnswer } from './bot-client';
import { readableText } from './readable-answer';

/** A 2xx–4xx answer a person can read: invoke message/error/card text, or a reply sent to the chat. */
export function assertReadable(answer: BotAnswer, label: string): string {
  assert.ok(answer.status < 500, `${label}: HTTP ${answer.status} ${answer.rawBody.slice(0, 300)}`);
  const text = readableText(answer);
  assert.ok(text.trim().length > 0, `${label}: no readable answer (HTTP ${answer.status} ${answer.rawBody.slice(0, 300)})`);
  return text;
}

/** Describes a request for failure messages without dumping 100 KB strings. */
export function describeActivity(activity: Record<string, unknown>): string {
  return JSON.stringify({ type: activity.type, name: activity.name, text: activity.text, value: activity.value })
    .slice(0, 400);
}
