import type { StandardColumnKey } from '../../kinds/roadmap/columns.js';

/**
 * Russian column titles → standard column keys. Real variants: «Наименование мероприятия», «Мероприятия»,
 * «Содержание деятельности», «Сроки реализации», «Срок исполнения», «Ответственный исполнитель», «Документ,
 * закрепляющий результат», «Ожидаемый результат», «Форма отчётности»… Order matters: «Документ, закрепляющий
 * результат» is evidence before it is a result.
 */
const patterns: readonly (readonly [StandardColumnKey, RegExp])[] = [
  ['number', /^(№|n|no|номер)(\s*п\s*\/?\s*п)?\.?$/],
  ['stage', /^этап/],
  ['report', /отчетн|форма отч/],
  ['evidence', /документ|закрепля|подтвержда/],
  ['responsible', /ответствен|исполнител|кто провод/],
  ['term', /срок|дата|период|когда/],
  ['goal', /^цел/],
  ['result', /результат|итог|показател/],
  ['activity', /мероприят|наименование|содержание|вид(ы)? (работ|деятельност)|действи|задач|работ/],
];

/** The standard key a header title names, or undefined for a column of its own. */
export function matchColumnTitle(title: string): StandardColumnKey | undefined {
  const s = title.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
  return patterns.find(([, re]) => re.test(s))?.[0];
}
