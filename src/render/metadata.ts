/** The language of every document gramota writes (BCP 47), declared in both formats' metadata. */
export const documentLanguage = 'ru-RU';

/**
 * A title or author as metadata holds it: the typography's no-break spaces (U+00A0, U+202F) become plain spaces
 * and soft hyphens (U+00AD) go, so a file manager, a portal's search or a PDF reader's title bar shows and finds
 * the words as they are typed.
 */
export function toMetadataText(value: string): string {
  return value
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\u00ad/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}
