import { namesTitle, splitWords, toWholeKey } from '../plan/title-keys.js';

/**
 * Whether a name and a title are one document's: the shorter's words, each in any case, are the longer's first
 * words, two at least — «дорожную карту реализации проекта …» (a clause) and «Дорожная карта реализации проекта
 * …», «Дорожная карта» (a list of appendices) and «ДОРОЖНАЯ КАРТА реализации …».
 */
export function namesSameTitle(name: string, title: string): boolean {
  const [short, long] = [name, title].sort((a, b) => splitWords(a).length - splitWords(b).length) as [
    string,
    string,
  ];
  const key = toWholeKey(short);
  return key.length >= 2 && namesTitle(splitWords(long).slice(0, key.length), key);
}

/**
 * The one of `candidates` the names name: the first name (the most telling first) that names exactly one; undefined
 * when none does.
 */
export function findNamed<T>(
  names: readonly string[],
  candidates: readonly T[],
  titleOf: (candidate: T) => string,
): T | undefined {
  for (const name of names) {
    const found = candidates.filter((c) => namesSameTitle(name, titleOf(c)));
    if (found.length === 1) return found[0];
  }
  return undefined;
}
