import { typographText } from './typography.js';

/** A text written over several lines (`text: |`) → its paragraphs, each trimmed and typeset; blank lines dropped. */
export function toParagraphs(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map(typographText);
}
