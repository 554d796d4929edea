/**
 * «на 2020/2021 учебный год», «в 2020/2021 учебном году», «на 2020 год», «в 2020 году»: a year a text plans for.
 * Captures: the preposition, the year, the second year of an academic year, the «учебный» word.
 */
export const yearPhrase =
  /(?<![\p{L}\d])(на|в|в течение)[\s\u00A0]+(\d{4})(?:[\s\u00A0]*[/–—-][\s\u00A0]*(\d{4}))?[\s\u00A0]*(?:(уч(?:ебн\p{L}*|\.)[\s\u00A0]*)?год\p{L}*|г\.)/giu;

/** A phrase as a message quotes it: its spaces plain and single. */
export const toWritten = (phrase: string) => phrase.replace(/[\s\u00A0]+/g, ' ');

/** Whether a place of a text is inside «…»: a title of a cited act keeps its years. */
export function isInQuotes(value: string, index: number): boolean {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    if (value[i] === '«') depth++;
    else if (value[i] === '»') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}
