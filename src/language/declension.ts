/**
 * Declension of person names (via petrovich, with corrections) and of people with their positions. The result is
 * a PersonName again, so callers format it with toSurnameInitials / toInitialsSurname / toFullName afterwards.
 */
import petrovich from 'petrovich';
import { type PersonName, parsePersonName } from './names.js';
import { declinePosition } from './positions.js';

export { declinePosition };

/** The six Russian grammatical cases, named as petrovich names them. */
export type GrammaticalCase =
  | 'nominative'
  | 'genitive'
  | 'dative'
  | 'accusative'
  | 'instrumental'
  | 'prepositional';

/** Grammatical gender of a person. */
export type Gender = 'male' | 'female';

/** A person as the plan describes them, with optional explicit forms per case. */
export type PersonForms = {
  name: string;
  position?: string;
  cases?: Partial<Record<GrammaticalCase, string>>;
  position_cases?: Partial<Record<GrammaticalCase, string>>;
};

type NamePart = 'first' | 'middle' | 'last';

const turkicMale = /\s(?:оглы|оғлы|улы|уулу)$/iu;
const turkicFemale = /\s(?:кызы|гызы|кизи)$/iu;
const femaleSurname = /(?:[оеё]ва|[иы]на|[ая]я)$/iu;
const maleSurname = /(?:[оеё]в|[иы]н|[иыо]й)$/iu;
/** First parts of double surnames that stay as they are (petrovich has this list but never applies it). */
const fixedFirstParts = new Set(['бонч', 'абдул', 'белиц', 'гасан', 'дюссар', 'дюмон', 'книппер', 'корвин']);
const maleNamesInA = new Set('илья никита кузьма фома лука савва данила гаврила фока'.split(' '));
const femaleNamesInSoftSign = new Set(['любовь', 'нинель', 'айгюль', 'гюль', 'рахиль', 'юдифь', 'эсфирь']);

/** Detects gender from a patronymic: «-ич»/«оглы» → male, «-на»/«кызы» → female. */
function detectGenderByPatronymic(middle: string): Gender | undefined {
  if (turkicMale.test(middle)) return 'male';
  if (turkicFemale.test(middle)) return 'female';
  const gender = petrovich.detect_gender(middle);
  return gender === 'androgynous' ? undefined : gender;
}

/** Guesses gender from a typical Russian surname ending (the last part of a double surname). */
function guessGenderBySurname(last: string): Gender | undefined {
  const tail = last.split('-').at(-1) ?? last;
  if (femaleSurname.test(tail)) return 'female';
  if (maleSurname.test(tail)) return 'male';
  return undefined;
}

/** Guesses gender from a first name: «-а/-я» → female (except Илья, Никита…), consonant → male. */
function guessGenderByFirstName(first: string): Gender | undefined {
  const lower = first.toLowerCase();
  if (maleNamesInA.has(lower)) return 'male';
  if (femaleNamesInSoftSign.has(lower) || /[ая]$/u.test(lower)) return 'female';
  return /[бвгджзйклмнпрстфхцчшщь]$/u.test(lower) ? 'male' : undefined;
}

/** Picks the gender: patronymic first, then surname ending, then first name. */
function detectGender(name: PersonName): Gender | undefined {
  return (
    (name.middle === undefined ? undefined : detectGenderByPatronymic(name.middle)) ??
    guessGenderBySurname(name.last) ??
    (name.first === undefined ? undefined : guessGenderByFirstName(name.first))
  );
}

/**
 * Calls petrovich for one word; an all-caps word is declined in title case and upper-cased back. The spelling
 * rules are enforced on the ending: petrovich writes «Сашы», «Сашой» for men's first names in -ша/-ча, and «Ильичем»
 * for the patronymics stressed on the ending (Ильичом, Лукичом, Кузьмичом, Фомичом).
 */
function inflectWord(word: string, part: NamePart, gcase: GrammaticalCase, gender: Gender): string {
  const upper = word.length > 1 && word === word.toUpperCase();
  const input = upper ? word.charAt(0) + word.slice(1).toLowerCase() : word;
  const raw = petrovich({ [part]: input, gender }, gcase)[part] ?? input;
  const spelled = raw.replace(/(?<=[гкхжшщч])ы$/u, 'и');
  const result =
    part === 'first'
      ? spelled.replace(/(?<=[жшщч])ой$/u, 'ей')
      : part === 'middle'
        ? spelled.replace(/^((?:Иль|Лук|Кузьм|Фом)ич)ем$/iu, '$1ом') // the stress is on the ending: Ильичом
        : spelled;
  return upper ? result.toUpperCase() : result;
}

/**
 * Declines one part of a surname. petrovich lacks «-ёва» rules (Королёва → «Королёвы»), so ё is read as е and
 * restored in the unchanged stem; it leaves some men's «-ай» surnames undeclined (Гуляй); it drops the vowel of one-syllable or cluster «-ец» stems (Швец → «Швца»,
 * Кузнец → «Кузнца»), and writes «Стрелца» for Стрелец.
 */
function inflectSurnamePart(part: string, gcase: GrammaticalCase, gender: Gender): string {
  if (gender === 'male' && /(?:^[^аеёиоуыэюя]+|[^аеёиоуыэюя]{2})ец$/iu.test(part)) {
    const endings = { genitive: 'а', dative: 'у', accusative: 'а', instrumental: 'ом', prepositional: 'е' };
    return gcase === 'nominative' ? part : part + endings[gcase];
  }
  const plain = part.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  const raw = inflectWord(plain, 'last', gcase, gender);
  if (gender === 'male' && gcase !== 'nominative' && raw === plain && /[ая]й$/iu.test(part)) {
    // petrovich declines Гайдай but leaves Гуляй, Шугай as they are: a man's «-ай», «-яй» is declined as «Гайдай».
    const endings = { genitive: 'я', dative: 'ю', accusative: 'я', instrumental: 'ем', prepositional: 'е' };
    return part.slice(0, -1) + endings[gcase];
  }
  const declined = /лец$/iu.test(plain) ? raw.replace(/л(ц[а-я]*)$/u, 'ль$1') : raw;
  return [...declined].map((ch, i) => (ch === plain[i] && part[i] !== ch ? part[i] : ch)).join('');
}

/** Declines a surname, double ones part by part (Римский-Корсаков → Римского-Корсакова). */
function inflectSurname(last: string, gcase: GrammaticalCase, gender: Gender): string {
  const parts = last.split('-');
  const isFixed = (part: string, i: number) =>
    i < parts.length - 1 && fixedFirstParts.has(part.toLowerCase());
  return parts
    .map((part, i) => (isFixed(part, i) ? part : inflectSurnamePart(part, gcase, gender)))
    .join('-');
}

/**
 * Declines a parsed name into `gcase`. Gender comes from `gender`, else the patronymic, else the surname ending,
 * else the first name; when it stays unknown the name is returned unchanged. Initials are kept; a Turkic
 * patronymic («Гусейн оглы») is left as it is.
 */
export function declineName(name: PersonName, gcase: GrammaticalCase, gender?: Gender): PersonName {
  const sex = gender ?? detectGender(name);
  if (gcase === 'nominative' || sex === undefined) return { ...name };
  const result: PersonName = { ...name, last: inflectSurname(name.last, gcase, sex) };
  if (name.first !== undefined) result.first = inflectWord(name.first, 'first', gcase, sex);
  const middle = name.middle;
  if (middle !== undefined && !turkicMale.test(middle) && !turkicFemale.test(middle)) {
    result.middle = inflectWord(middle, 'middle', gcase, sex);
  }
  return result;
}

/**
 * Declines a person and their position into `gcase`. Explicit forms win: `cases[gcase]` (a full name in that
 * case, parsed like any name) and `position_cases[gcase]`.
 */
export function declinePerson(
  person: PersonForms,
  gcase: GrammaticalCase,
): { name: PersonName; position: string | undefined } {
  const nameOverride = person.cases?.[gcase];
  const name = nameOverride
    ? parsePersonName(nameOverride)
    : declineName(parsePersonName(person.name), gcase);
  const positionOverride = person.position_cases?.[gcase];
  const position =
    positionOverride ?? (person.position === undefined ? undefined : declinePosition(person.position, gcase));
  return { name, position };
}
