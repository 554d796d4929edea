/**
 * Longest run of characters without a break opportunity (whitespace, a soft hyphen U+00AD, a hyphen, U+200B) that
 * text may have. Russian words, even compound ones between their hyphens, are shorter; a pasted link, hash or base64
 * string is not, and pdfmake lays out such a run in time that grows with the square of its length (10,000
 * characters: 19 s and 1.9 GB).
 */
export const maxUnbrokenRun = 40;

/** A zero-width space: a place where a line may break, invisible in both formats. */
const breakOpportunity = '\u200B';

const longRun = new RegExp(`[^\\s\\u00AD\\u200B-]{${maxUnbrokenRun + 1},}`, 'gu');

/**
 * Text with a break opportunity after every maxUnbrokenRun characters of a longer run, so that both renderers lay
 * out any input in linear time; text without such runs is returned as it is. Surrogate pairs are never split.
 */
export function breakLongWords(value: string): string {
  longRun.lastIndex = 0;
  if (!longRun.test(value)) return value;
  return value.replace(longRun, (run) => {
    const chars = Array.from(run);
    const pieces: string[] = [];
    for (let i = 0; i < chars.length; i += maxUnbrokenRun)
      pieces.push(chars.slice(i, i + maxUnbrokenRun).join(''));
    return pieces.join(breakOpportunity);
  });
}
