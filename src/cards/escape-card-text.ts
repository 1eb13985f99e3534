/** Longest text from Graph that goes into one card field; longer text is cut with an ellipsis. */
export const MAX_CARD_TEXT = 2000;

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Characters that make markdown emphasis, links, code or escapes in card text. */
const MARKDOWN = /[\\*_`~[\]]/g;
/** List items, headings and quotes: only at the start of a line. */
const LINE_MARKER = /^(\s*)([-+>#]|\d+\.)(\s)/gm;
const MENTION_TAG = /<(\/?)at\b/gi;
const TEMPLATE_OPENER = /\$\{/g;

/**
 * Makes text from Graph (or a user) safe to put into an Adaptive Card TextBlock: no control
 * characters, markdown shown literally, no `<at>` mention tags, no `${` that a template could
 * evaluate, and at most `maxLength` characters.
 */
export function escapeCardText(text: string | null | undefined, maxLength = MAX_CARD_TEXT): string {
  if (text === null || text === undefined) return '';
  const clean = truncate(text.replace(CONTROL, ''), maxLength);
  return clean
    .replace(MARKDOWN, '\\$&')
    .replace(LINE_MARKER, (_all, indent: string, marker: string, space: string) => `${indent}${marker.replace(/([-+>#.])$/, '\\$1')}${space}`)
    .replace(MENTION_TAG, '‹$1at')
    .replace(TEMPLATE_OPENER, '$\u200b{');
}

/** Text that goes into a card property that is not rendered as markdown (titles of buttons, facts). */
export function escapePlainCardText(text: string | null | undefined, maxLength = 200): string {
  if (text === null || text === undefined) return '';
  return truncate(text.replace(CONTROL, ''), maxLength)
    .replace(MENTION_TAG, '‹$1at')
    .replace(TEMPLATE_OPENER, '$\u200b{');
}

function truncate(text: string, maxLength: number): string {
  const chars = Array.from(text);
  return chars.length <= maxLength ? text : `${chars.slice(0, maxLength - 1).join('')}…`;
}
