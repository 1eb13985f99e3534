/**
 * Command syntax as chat markdown. Teams and the Agents Playground read a text message as markdown with
 * some HTML: `<alert>` is taken for a tag (dropped, or shown as `&lt;alert&gt;` inside a code span) and
 * `<HH:MM>` for a link. So a placeholder is written in italics instead, and a code span holding one
 * becomes bold (italics do not work inside code).
 */
export function usageMarkdown(text: string): string {
  return text
    .replace(/`([^`\n]*<[^`\n]*)`/g, '**$1**')
    .replace(/<([^<>\n]{1,60})>/g, '_$1_');
}
