/** A stage's label without its number: the number as typed (Arabic or Roman; undefined when none) and the title. */
export type StageNumber = { readonly number: string | undefined; readonly title: string };

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
  for (;;) {
    const byWord = worded.exec(rest);
    const bare = byWord ? null : lead.exec(rest);
    const match = byWord ?? bare;
    if (!match) break;
    let after = rest.slice(match[0].length);
    // «I этап – подготовительный»: the word comes after the number.
    if (bare) after = after.replace(wordAfter, '');
    if (after.trim() === '') break;
    number ??= match[1] ?? match[2];
    rest = after.trim();
  }
  if (number === undefined) return { number, title: rest };
  return { number, title: rest.charAt(0).toUpperCase() + rest.slice(1) };
}
