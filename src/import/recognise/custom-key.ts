import { transliterate } from '../../language/transliterate.js';

/**
 * A Latin key from Russian text: «Сетевые партнёры» → «setevye_partnery» (a column), «Спиридонова» →
 * «spiridonova» (a person, with `-`); unique among `used` («ivanova-2»).
 */
export function toCustomKey(title: string, used: ReadonlySet<string>, separator = '_'): string {
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
