/**
 * Whether a stage's name adds «этап» to its title (roadmap `stage_word`; FORMAT.md, «Additions»): in the stage row,
 * in the stage column and in the plan-graph made from the roadmap alike — one stage reads the same in every document.
 */
export type StageWord = boolean | undefined;

const adjective = /^[\p{L}-]+(ый|ий|ой)$/u;

/**
 * «Подготовительный» → «Подготовительный этап», «Основной (внедренческий)» → «Основной (внедренческий) этап»:
 * by default only a title that reads as a stage name (adjectives only) gets the word; `true` always, `false` never.
 * A title that already says «этап» never gets it twice.
 */
export function toStageTitle(title: string, stageWord: StageWord): string {
  if (stageWord === false || /этап/iu.test(title)) return title;
  return stageWord === true || readsAsStageName(title) ? `${title} этап` : title;
}

/**
 * A stage's row in the roadmap and in the studio's table of rows: «1. Подготовительный этап (сентябрь – декабрь
 * 2025 г.)» (`s` from 0; the term as text, when the stage has one).
 */
export function toStageHeading(s: number, title: string, stageWord: StageWord, term?: string | null): string {
  return `${s + 1}. ${toStageTitle(title, stageWord)}${term ? ` (${term})` : ''}`;
}

function readsAsStageName(title: string): boolean {
  const words = title
    .replace(/\([^)]*\)/gu, ' ')
    .split(/[\s\u00A0]+/u)
    .filter((w) => w !== '');
  return words.length > 0 && words.length <= 3 && words.every((w) => adjective.test(w.toLowerCase()));
}
