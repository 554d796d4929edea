/**
 * Longest run of characters without a break opportunity (whitespace, a soft hyphen U+00AD, a hyphen, U+200B) that
 * text may have. Russian words, even compound ones between their hyphens, are shorter; a pasted link, hash or base64
 * string is not, and pdfmake lays out such a run in time that grows with the square of its length (10,000
 * characters: 19 s and 1.9 GB).
 */
export const maxUnbrokenRun = 40;

/** A zero-width space: a place where a line may break, invisible in both formats. */
export const breakOpportunity = '\u200B';

const longRun = new RegExp(`[^\\s\\u00AD\\u200B-]{${maxUnbrokenRun + 1},}`, 'gu');

/**
 * Text with a break opportunity after every maxUnbrokenRun characters of a longer run, so that both renderers lay
 * out any input in linear time; text without such runs is returned as it is. Surrogate pairs are never split.
 */
export function breakLongWords(value: string): string {
  if (!mayHaveLongRun(value)) return value;
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

/**
 * Whether a run longer than maxUnbrokenRun may be there: one pass over the UTF-16 units, breaking only at the usual
 * spaces, hyphens and U+00AD/U+200B. It never misses a run the regex finds (a unit count is never below the count of
 * characters, and every break here is one there), and says no for ordinary text in a fraction of the regex's time.
 */
export function mayHaveLongRun(value: string): boolean {
  let run = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const isBreak =
      code === 0x20 ||
      code === 0x2d ||
      code === 0xa0 ||
      code === 0xad ||
      code === 0x200b ||
      (code >= 9 && code <= 13);
    run = isBreak ? 0 : run + 1;
    if (run > maxUnbrokenRun) return true;
  }
  return false;
}
