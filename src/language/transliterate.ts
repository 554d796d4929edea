import { platform } from '../platform/index.js';

type Translit = { transform(input: string, spaceReplacement?: string): string };
const toTranslit = platform.loadModule<(c?: { preset: 'ru' }) => Translit>('cyrillic-to-translit-js');
const translit = toTranslit({ preset: 'ru' });

/**
 * Russian text in Latin letters (the «ru» preset of cyrillic-to-translit-js), spaces replaced by `space`: file names
 * and the keys the import makes. Through the platform, so that it runs in the studio's bundle too.
 */
export function transliterate(text: string, space: string): string {
  return translit.transform(text, space);
}
