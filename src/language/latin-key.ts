import { transliterate } from './transliterate.js';

/**
 * A Latin key from Russian text: «Сетевые партнёры» → «setevie_partneri» (a column); unique among `used`
 * («column_2»). Keys of people are made by `toPersonKey`.
 */
export function toLatinKey(title: string, used: ReadonlySet<string>, separator = '_'): string {
  const latin = transliterate(title.toLowerCase().replace(/ё/g, 'е'), separator)
    .replace(new RegExp(`[^a-z0-9${separator}]+`, 'g'), '')
    .replace(new RegExp(`${separator}+`, 'g'), separator)
    .replace(/^[^a-z]+/, '')
    .slice(0, 30)
    .replace(new RegExp(`${separator}+$`), '');
  const base = latin === '' ? (separator === '_' ? 'column' : 'person') : latin;
  let key = base;
  for (let n = 2; used.has(key); n++) key = `${base}${separator}${n}`;
  return key;
}

/**
 * The key of a person in people, the one way `gramota import`, the messages of `check` and the studio make it: the
 * surname in Latin letters, «Спиридонова» → «spiridonova», «ivanova-2» when taken; «person» for no letters.
 */
export function toPersonKey(surname: string, used: ReadonlySet<string>): string {
  return toLatinKey(surname, used, '-');
}
