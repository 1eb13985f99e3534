import { escapeCardText } from './escape-card-text';

/** Most bullets one text shows, and the longest bullet. */
const MAX_BULLETS = 20;
const MAX_BULLET_LENGTH = 500;

/**
 * Text from Graph for a TextBlock, escaped. Graph separates steps with `·` ("·Review the users…·Assign
 * lower…"): those become one markdown bullet per line (trimmed, empty parts dropped). Text with a
 * single part is escaped as it is.
 */
export function bulletText(text: string | null | undefined, maxLength?: number): string {
  const parts = (text ?? '').split('·').map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length <= 1) return escapeCardText(parts[0] ?? '', maxLength);
  const lines = parts.slice(0, MAX_BULLETS).map((part) => `- ${escapeCardText(part, MAX_BULLET_LENGTH)}`);
  const list = lines.join('\n');
  return maxLength !== undefined && list.length > maxLength ? escapeCardText(parts.join(' '), maxLength) : list;
}
