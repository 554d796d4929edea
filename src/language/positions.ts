/**
 * Declension of positions (должности) by their head words: the leading adjectives and the first noun change,
 * everything after the head noun («директора по учебно-методической работе», «кафедрой …») stays. Only the noun
 * and adjective classes that occur in school and college positions are covered; `position_cases` overrides
 * anything else.
 */
import type { GrammaticalCase } from './declension.js';

/** Endings for genitive, dative, accusative, instrumental and prepositional, in that order. */
type Endings = readonly [string, string, string, string, string];
export type Rule = readonly [RegExp, Endings];

export const caseIndex = {
  genitive: 0,
  dative: 1,
  accusative: 2,
  instrumental: 3,
  prepositional: 4,
} as const;

/** Adjectives and participles; masculine accusative equals genitive because positions name people. */
export const adjectiveRules: readonly Rule[] = [
  [/(?<=[гкх])ий$/u, ['ого', 'ому', 'ого', 'им', 'ом']],
  [/ий$/u, ['его', 'ему', 'его', 'им', 'ем']],
  [/ый$/u, ['ого', 'ому', 'ого', 'ым', 'ом']],
  [/(?<=[гкхжш])ой$/u, ['ого', 'ому', 'ого', 'им', 'ом']],
  [/ой$/u, ['ого', 'ому', 'ого', 'ым', 'ом']],
  [/(?<=[жшщч])ая$/u, ['ей', 'ей', 'ую', 'ей', 'ей']],
  [/ая$/u, ['ой', 'ой', 'ую', 'ой', 'ой']],
  [/яя$/u, ['ей', 'ей', 'юю', 'ей', 'ей']],
];

/** Nouns: masculine hard and soft stems (animate), feminine and masculine in -а/-я. */
export const nounRules: readonly Rule[] = [
  [/ь$/u, ['я', 'ю', 'я', 'ем', 'е']],
  [/й$/u, ['я', 'ю', 'я', 'ем', 'е']],
  [/(?<=ач)$/u, ['а', 'у', 'а', 'ом', 'е']],
  [/(?<=[жшщчц])$/u, ['а', 'у', 'а', 'ем', 'е']],
  [/(?<=[бвгдзклмнпрстфх])$/u, ['а', 'у', 'а', 'ом', 'е']],
  [/(?<=[жшщч])а$/u, ['и', 'е', 'у', 'ей', 'е']],
  [/(?<=ц)а$/u, ['ы', 'е', 'у', 'ей', 'е']],
  [/(?<=[гкх])а$/u, ['и', 'е', 'у', 'ой', 'е']],
  [/а$/u, ['ы', 'е', 'у', 'ой', 'е']],
  [/ия$/u, ['ии', 'ии', 'ию', 'ией', 'ии']],
  [/я$/u, ['и', 'е', 'ю', 'ей', 'е']],
];

/** Participles that govern the next word, so they are the head themselves: «заведующий кафедрой». */
const governingHeads = new Set([
  'заведующий',
  'заведующая',
  'исполняющий',
  'исполняющая',
  'управляющий',
  'управляющая',
]);
/** Prepositions and conjunctions end the head group: «специалист по кадрам», «ответственный за …». */
const stopWords = new Set([
  'по',
  'за',
  'в',
  'во',
  'на',
  'с',
  'со',
  'при',
  'для',
  'от',
  'до',
  'из',
  'у',
  'о',
  'об',
  'и',
  'или',
]);

type WordKind = 'adjective' | 'noun';

/** Tells whether a single word (no hyphens) is a lower-case-able Russian adjective or noun we can decline. */
function classifyPart(part: string): WordKind | undefined {
  const lower = part.toLowerCase();
  if (part.length < 3 || stopWords.has(lower) || !/^\p{Lu}?[а-яё]+$/u.test(part)) return undefined;
  if (adjectiveRules.some(([re]) => re.test(lower))) return 'adjective';
  return nounRules.some(([re]) => re.test(lower)) ? 'noun' : undefined;
}

/** Classifies a possibly hyphenated word by its last part («научно-методический» is an adjective). */
function classifyWord(word: string): WordKind | undefined {
  return classifyPart(word.split('-').at(-1) ?? word);
}

/** Applies the first matching rule; parts that match none (abbreviations, «вице», «научно») stay. */
function inflectPart(part: string, gcase: Exclude<GrammaticalCase, 'nominative'>): string {
  const kind = classifyPart(part);
  if (kind === undefined) return part;
  const rules = kind === 'adjective' ? adjectiveRules : nounRules;
  const rule = rules.find(([re]) => re.test(part.toLowerCase()));
  return rule ? part.replace(rule[0], rule[1][caseIndex[gcase]]) : part;
}

/** Lower-cases the first letter unless the word is an abbreviation («ИТ-специалист», «УМР»). */
function lowerFirst(text: string): string {
  const [first = '', second = ''] = [...text];
  return second !== '' && second === second.toLowerCase()
    ? first.toLowerCase() + text.slice(first.length)
    : text;
}

/**
 * Declines a position into `gcase` by its head words: «Заместитель директора по УМР» → «заместителя директора по
 * УМР», «Старший методист» → «старшего методиста», «Заведующая отделением» → «заведующую отделением». Oblique
 * cases start with a lower-case letter (the position stands inside a sentence); the nominative is returned as is.
 */
export function declinePosition(position: string, gcase: GrammaticalCase): string {
  if (gcase === 'nominative') return position;
  const tokens = position.trim().split(/(\s+)/u);
  for (let i = 0; i < tokens.length; i += 2) {
    const word = tokens[i] ?? '';
    const kind = classifyWord(word);
    if (kind === undefined) {
      // An adverb before an adjective («временно исполняющий обязанности») is skipped, anything else ends the head.
      if (/о$/u.test(word) && classifyWord(tokens[i + 2] ?? '') === 'adjective') continue;
      break;
    }
    tokens[i] = word
      .split('-')
      .map((part) => inflectPart(part, gcase))
      .join('-');
    const isLast = i + 2 >= tokens.length;
    if (kind === 'noun' || isLast || governingHeads.has(word.toLowerCase())) break;
  }
  return lowerFirst(tokens.join(''));
}
