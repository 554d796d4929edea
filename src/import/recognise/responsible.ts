import { isPersonName, type PeopleBook } from './people.js';

/**
 * The head word of one person's position, singular (a plural «учителя-предметники», «руководители МО» is a group,
 * not a position): «директор», «заместитель директора по УМР», «зам. директора», «методист», «руководитель ШМО».
 */
const positionHead =
  /^(?:директор|заместитель|зам\.|руководитель|методист|старший|ведущий|главный|преподаватель|учитель|педагог|мастер|социальный|воспитатель|заведующ(?:ий|ая)|секретарь|председатель|специалист|инженер|библиотекарь|советник|психолог|тьютор|куратор|бухгалтер|логопед|дефектолог|концертмейстер|организатор|документовед|юрисконсульт)(?![а-яё])/iu;

/** «директор Воронцов С.Н.», «заместитель директора по УМР Иванова О.П.»: a position, then a name. */
const positionThenName = /^(.+?)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s\p{Lu}\.\s?(?:\p{Lu}\.)?)$/u;

export const isPosition = (text: string) => positionHead.test(text);

/** A position as `people` has it: in the nominative, with a capital («директор» → «Директор»). */
const toPosition = (text: string) => text.charAt(0).toLocaleUpperCase('ru') + text.slice(1);

/**
 * A «Ответственный» cell: names become keys of the book, a position beside a name («Воронцов С.Н., директор»,
 * «директор Воронцов С.Н.») the person's position, anything else («Кураторы групп») stays text. People are parted
 * by «;», «,» and line breaks; gramota joins the list again with commas. A cell with no name stays one text, its
 * lines joined with commas.
 */
export function readResponsible(text: string, book: PeopleBook): string | string[] {
  const pieces = text
    .split(/\s*[;,\n]\s*/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (!pieces.some((p) => isPersonName(p) || isPositionThenName(p)))
    return text.replace(/\s*([,;]?)\s*\n\s*/g, (_, mark: string) => `${mark || ','} `);
  const refs: string[] = [];
  let last: { name: string; key: string; placed: boolean } | undefined;
  for (const piece of pieces) {
    const before = positionThenName.exec(piece);
    if (isPersonName(piece)) {
      const key = book.add(piece);
      refs.push(key);
      last = { name: piece, key, placed: false };
    } else if (before && isPosition(before[1]!)) {
      refs.push(book.addFromCell(before[2]!, toPosition(before[1]!), text));
      last = undefined;
    } else if (last && !last.placed && isPosition(piece)) {
      book.addFromCell(last.name, toPosition(piece), text);
      last = { ...last, placed: true };
    } else {
      refs.push(piece);
      last = undefined;
    }
  }
  return refs.length === 1 ? refs[0]! : refs;
}

function isPositionThenName(piece: string): boolean {
  const found = positionThenName.exec(piece);
  return found !== null && isPosition(found[1]!);
}
