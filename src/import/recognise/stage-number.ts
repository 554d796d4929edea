/**
 * A stage's label without its number: the number as typed (Arabic or Roman; undefined when none), the title, and
 * whether the word «этап» went with the number («I этап. Подготовительный»): the document names its stages so.
 */
export type StageNumber = {
  readonly number: string | undefined;
  readonly title: string;
  readonly worded: boolean;
};

// «1.», «I)», «2:», «II » before the title; an Arabic number and a space only before a capital or «этап» («100 дней»
// is a title); the same after «Этап» («Этап 1.», «Этап № 2 –»), or with «этап» after the number («I этап –»).
const lead = /^(?:(\d+)(?:[.:)]\s*|\s+(?=\p{Lu}|этап))|([IVXLC]+)(?:[.:)]\s*|\s+(?=\S)))/u;
const worded = /^этап\s+(?:№\s*)?(\d+|[IVXLC]+)(?:\s*[.:)–—-]\s*|\s+(?=\S)|$)/iu;
const wordAfter = /^этап(?:\s*[.:–—-]\s*|\s+(?=\S)|$)/iu;

/**
 * «1. Этап 1. Организационный» (Word's own number before a typed «Этап 1.»), «Этап 2: Основной», «I этап –
 * подготовительный», «II. Внедренческий» → the number and «Организационный», «Основной», «Подготовительный»,
 * «Внедренческий»: gramota writes «N.» before a stage itself, so every number typed before the name goes, with the
 * word «этап» that holds it. A label that is only a number keeps its text.
 */
export function splitStageNumber(label: string): StageNumber {
  let rest = label.trim();
  let number: string | undefined;
  let named = false;
  for (;;) {
    const byWord = worded.exec(rest);
    const bare = byWord ? null : lead.exec(rest);
    const match = byWord ?? bare;
    if (!match) break;
    const taken = rest.slice(match[0].length);
    // «I этап – подготовительный»: the word comes after the number.
    const after = bare ? taken.replace(wordAfter, '') : taken;
    if (after.trim() === '') break;
    number ??= match[1] ?? match[2];
    named ||= byWord !== null || after !== taken;
    rest = after.trim();
  }
  if (number === undefined) return { number, title: rest, worded: false };
  return { number, title: rest.charAt(0).toUpperCase() + rest.slice(1), worded: named };
}
