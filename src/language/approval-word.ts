/**
 * УТВЕРЖДЕН / УТВЕРЖДЕНА / УТВЕРЖДЕНО / УТВЕРЖДЕНЫ agrees with the head noun of the approved document's title
 * (domain-spec §2.1b): «Дорожная карта …» → УТВЕРЖДЕНА, «Положение о …» → УТВЕРЖДЕНО.
 */

/** Gender or number of a title's head noun: masculine, feminine, neuter or plural. */
export type GrammaticalGender = 'm' | 'f' | 'n' | 'pl';

/** The approval stamp's key word, in capitals as the stamp prints it. */
export type ApprovalWord = 'УТВЕРЖДЕН' | 'УТВЕРЖДЕНА' | 'УТВЕРЖДЕНО' | 'УТВЕРЖДЕНЫ';

/** Head nouns of documents a school or college approves (ё written as е). */
const headNouns: ReadonlyMap<string, GrammaticalGender> = new Map(
  Object.entries({
    план: 'm',
    паспорт: 'm',
    состав: 'm',
    порядок: 'm',
    перечень: 'm',
    регламент: 'm',
    устав: 'm',
    отчет: 'm',
    график: 'm',
    календарь: 'm',
    кодекс: 'm',
    проект: 'm',
    договор: 'm',
    акт: 'm',
    протокол: 'm',
    список: 'm',
    сценарий: 'm',
    карта: 'f',
    программа: 'f',
    инструкция: 'f',
    концепция: 'f',
    стратегия: 'f',
    методика: 'f',
    смета: 'f',
    структура: 'f',
    модель: 'f',
    политика: 'f',
    форма: 'f',
    положение: 'n',
    расписание: 'n',
    соглашение: 'n',
    решение: 'n',
    задание: 'n',
    описание: 'n',
    правила: 'pl',
    изменения: 'pl',
    дополнения: 'pl',
    требования: 'pl',
    рекомендации: 'pl',
    критерии: 'pl',
    мероприятия: 'pl',
  } satisfies Record<string, GrammaticalGender>),
);

const approvalWords: Readonly<Record<GrammaticalGender, ApprovalWord>> = {
  m: 'УТВЕРЖДЕН',
  f: 'УТВЕРЖДЕНА',
  n: 'УТВЕРЖДЕНО',
  pl: 'УТВЕРЖДЕНЫ',
};

/** Reads the gender from an adjective ending (Дорожная, Календарный, Штатное, Методические); undefined if none. */
function readAdjectiveGender(word: string): GrammaticalGender | undefined {
  if (/[ая]я$/.test(word)) return 'f';
  if (/(?:ый|ой)$/.test(word)) return 'm';
  if (/[ое]е$/.test(word)) return 'n';
  if (/ые$/.test(word)) return 'pl';
  // -ие is plural for adjectives (методические, внутренние) but neuter for nouns (положение, развитие)
  if (/(?:[кгхжшчщ]ие|[^аеёиоуыэюяй]ние)$/.test(word)) return 'pl';
  return undefined;
}

/** Guesses the gender of a noun from its ending. */
function guessNounGender(word: string): GrammaticalGender {
  if (/(?:ения|ания|тия|[ыи])$/.test(word)) return 'pl';
  if (/(?:[ая]|ость)$/.test(word)) return 'f';
  if (/[оеё]$/.test(word)) return 'n';
  return 'm';
}

/** Tells the gender or number of a title's head noun: dictionary first, then adjective endings, then noun endings. */
export function grammaticalGender(title: string): GrammaticalGender {
  const first = title
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[\s\-–—]+/)
    .map((w) => w.replace(/[^\p{L}]/gu, ''))
    .find((w) => w !== '');
  if (first === undefined) return 'm';
  return headNouns.get(first) ?? readAdjectiveGender(first) ?? guessNounGender(first);
}

/** Picks УТВЕРЖДЕН/А/О/Ы to agree with a document title's head noun. */
export function approvalWord(title: string): ApprovalWord {
  return approvalWords[grammaticalGender(title)];
}
