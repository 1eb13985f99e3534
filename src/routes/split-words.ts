/** Splits command text into words; "double" or 'single' quotes keep spaces inside one word. */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  const pattern = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    words.push(match[1] ?? match[2] ?? match[3] ?? '');
  }
  return words;
}
