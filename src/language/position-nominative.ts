import type { GrammaticalCase } from './declension.js';
import { adjectiveRules, caseIndex, declinePosition, nounRules, type Rule } from './positions.js';

type Oblique = Exclude<GrammaticalCase, 'nominative'>;

/** The most head words a position declines («временно исполняющий обязанности», «старший методист»). */
const mostHeadWords = 3;

/**
 * The nominative of a position written in `gcase`: «заместителя директора по научно-методической работе»
 * (accusative) → «Заместитель директора по научно-методической работе», «методисту» (dative) → «Методист». Each
 * of the first words is read back by the endings declinePosition adds, and a reading counts only when
 * declinePosition builds the written form from it again; undefined when none does (the words are no position
 * gramota declines, or none at all: «руководителем проекта» is no accusative).
 */
export function findPositionNominative(written: string, gcase: Oblique): string | undefined {
  const target = written.replace(/\s+/gu, ' ').trim();
  const words = target.split(' ');
  for (let k = 1; k <= Math.min(mostHeadWords, words.length); k++) {
    const heads = words.slice(0, k).map((word) => readBackWord(word, gcase));
    for (const combination of combine(heads)) {
      const candidate = [...combination, ...words.slice(k)].join(' ');
      if (candidate !== target && declinePosition(candidate, gcase) === lowerFirst(target))
        return candidate.charAt(0).toLocaleUpperCase('ru') + candidate.slice(1);
    }
  }
  return undefined;
}

/** A word's possible nominatives (itself too: an undeclined part), a hyphenated one by its parts. */
function readBackWord(word: string, gcase: Oblique): string[] {
  const parts = word
    .split('-')
    .map((part) => [...readBackPart(part.toLowerCase(), gcase), part.toLowerCase()]);
  return combine(parts).map((p) => p.join('-'));
}

/** The nominative endings the rules of positions.ts match (their patterns are not read: a bundle rewrites them). */
const nominativeEndings = ['', 'ь', 'й', 'ий', 'ый', 'ой', 'ая', 'яя', 'а', 'я', 'ия'];

function readBackPart(part: string, gcase: Oblique): string[] {
  const found = new Set<string>();
  for (const [pattern, endings] of [...adjectiveRules, ...nounRules] as Rule[]) {
    const ending = endings[caseIndex[gcase]];
    if (!part.endsWith(ending)) continue;
    const stem = part.slice(0, part.length - ending.length);
    for (const own of nominativeEndings) {
      const candidate = stem + own;
      if (pattern.test(candidate) && candidate.replace(pattern, ending) === part) found.add(candidate);
    }
  }
  return [...found];
}

function combine(options: readonly string[][]): string[][] {
  return options.reduce<string[][]>(
    (all, choices) => all.flatMap((head) => choices.map((c) => [...head, c])),
    [[]],
  );
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('ru') + text.slice(1);
