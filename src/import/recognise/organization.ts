/** A line that names an educational organization: «…учреждение…», «колледж», «школа № 5», «детский сад». */
export const orgPattern =
  /учреждени|колледж|техникум|школ|гимнази|лице[йя]|университет|организаци|центр|сад(?![а-яё])/i;

/** The abbreviation of a kind of school that opens a short name («МБОУ», «ГАПОУ», «СОШ», «ДДЮТ»), as regex source. */
export const schoolAbbreviation = '\\p{Lu}*(?:ОУ|УДО|СОШ|ООШ|ДДТ|ДДЮТ|ЦДТ|ДЮСШ)';
const opensWithAbbreviation = new RegExp(`^${schoolAbbreviation}(?![\\p{L}])`, 'u');

/** The words a document's title opens with: «Календарный план …», «Дорожная карта …», «Положение о …». */
const titleKind =
  /^(?:календарный|план|дорожная|программа|положение|порядок|правила|регламент|инструкция|паспорт|концепция|состав|перечень|отч[её]т|график|приказ)(?![а-яё])/i;

/** Quoted names, nested quotes included: «Школа функциональной грамотности», «СОШ № 12». */
const quoted = /«[^«»]*(?:«[^«»]*»[^«»]*)*»/g;

/**
 * Whether a line is an organization's name, not a title that names one: it opens with a kind of school
 * («МБОУ «СОШ № 12»», «ГБПОУ «…»») or names one outside its quotes («Муниципальное … учреждение «…»»), and does
 * not open with the kind of a document («Календарный план реализации проекта «Школа функциональной грамотности»»).
 */
export function isOrganizationLine(text: string): boolean {
  const line = text.trim();
  if (titleKind.test(line)) return false;
  return opensWithAbbreviation.test(line) || orgPattern.test(line.replace(quoted, '«»'));
}

/** An organisation's name as the plan has it: on one line, however the page broke it (gramota balances it itself). */
export const toOneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

/**
 * A body over the organization: «Министерство образования …», «Комитет по образованию …», «Администрация …» (the
 * stems match the genitive too: «приказом Министерства …»).
 */
const parentPattern =
  /^(?:Министерств|Департамент|Комитет|Управлени|Администраци|Правительств|Агентств|Федеральное агентств|Отдел образования)/i;

/**
 * The head lines of an order split into the bodies over the organization (a ministry, a department: their line or
 * lines come first) and the organization's own name from its first line that names an organization; all the lines
 * are the organization's own when none comes first or nothing after it names one («Управление образования …» issuing
 * its own order).
 */
export const isParentBody = (text: string) => parentPattern.test(text.trim());

export function splitParentBody(lines: readonly string[]): { parent: string[]; own: string[] } {
  const ownAt = lines.findIndex((line) => orgPattern.test(line));
  if (ownAt <= 0 || !parentPattern.test(lines[0]!)) return { parent: [], own: [...lines] };
  return { parent: lines.slice(0, ownAt), own: lines.slice(ownAt) };
}
