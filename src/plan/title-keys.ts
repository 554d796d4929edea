/**
 * How a text names an appendix by the start of its title, declined: «в составе» — «Состав проектного офиса»,
 * «календарным планом-графиком» — «Календарный план-график …». Each title is keyed by as many first words as tell
 * it from the other titles of the same order (one word, unless two titles start alike: «Календарный план …» and
 * «Календарный план-график …» need two), each word without its ending, a compound by its parts.
 */
export type TitleKey = readonly (readonly string[])[];

const word = /[а-яё]+(?:-[а-яё]+)*/gu;
const ending = /[аяоеиыйуюьё]+$/u;
/** The most words a key takes: titles alike further on are told apart by their numbers only. */
const longest = 4;

/** The words of a text, lowercase, a compound as one word: «планом-графиком». */
export function splitWords(text: string): string[] {
  return text.toLowerCase().match(word) ?? [];
}

/** The key of each title (undefined when its first word is too short to tell: «О …», «Я …»). */
export function toTitleKeys(titles: readonly string[]): (TitleKey | undefined)[] {
  const stems = titles.map((title) => splitWords(title).slice(0, longest).map(toStem));
  return stems.map((own, i) => {
    const first = own[0];
    if (first === undefined || first.some((part) => part.length < 4)) return undefined;
    let size = 1;
    while (size < own.length && stems.some((other, j) => j !== i && isSamePrefix(own, other, size)))
      size += 1;
    return own.slice(0, size);
  });
}

/** The key of a title by all its words: «Дорожная карта реализации …» — «дорожн», «карт», «реализаци», … */
export function toWholeKey(title: string): TitleKey {
  return splitWords(title).map(toStem);
}

/** Whether the words have the key's words one after another, each in any case: «календарного плана». */
export function namesTitle(words: readonly string[], key: TitleKey): boolean {
  for (let i = 0; i + key.length <= words.length; i += 1)
    if (key.every((stem, k) => isFormOf(words[i + k]!, stem))) return true;
  return false;
}

function toStem(text: string): string[] {
  return text.split('-').map((part) => (part.length > 3 ? part.replace(ending, '') : part));
}

function isSamePrefix(
  a: readonly (readonly string[])[],
  b: readonly (readonly string[])[],
  size: number,
): boolean {
  for (let k = 0; k < size; k += 1) if (a[k]?.join('-') !== b[k]?.join('-')) return false;
  return true;
}

/** A word is a form of a stem when each part starts with the stem's part and is at most a long ending longer. */
function isFormOf(written: string, stem: readonly string[]): boolean {
  const parts = written.split('-');
  if (parts.length !== stem.length) return false;
  return parts.every((part, k) => {
    const root = stem[k]!;
    return root.length > 3 ? part.startsWith(root) && part.length <= root.length + 3 : part === root;
  });
}
