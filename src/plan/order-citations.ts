import type { Order, OrderClause } from '../kinds/order/schema.js';
import { isValidIsoDate } from '../language/dates.js';
import { readRussianDate } from '../language/read-date.js';

type Path = readonly (string | number)[];

/** «от 02.09.2025 № 214-о» in an order's text: the act it cites, where, and whether it is «настоящий приказ». */
export type Citation = {
  readonly date: string;
  readonly number: string;
  readonly written: string;
  readonly own: boolean;
  readonly path: Path;
};

const month = '(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)';
const citation = new RegExp(
  `(настоящ[а-я]*\\s+(?:приказ|распоряжени)[а-я]*\\s+)?от\\s+(\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{1,2}\\s+${month}\\s+\\d{4})\\s*(?:г(?:\\.|ода)?\\s*)?№\\s*([^\\s,;:)«»"]+)`,
  'giu',
);

/** The acts an order's title, preamble and clauses cite by date and number, with the YAML path of each text. */
export function listCitations(order: Order, at: Path): Citation[] {
  const found: Citation[] = [];
  const scan = (text: string | undefined, path: Path) => {
    if (text === undefined) return;
    for (const m of text.matchAll(citation)) {
      const date = readRussianDate(m[2]!);
      if (date === undefined || !isValidIsoDate(date)) continue;
      const number = m[3]!.replace(/\.$/, '');
      found.push({
        date,
        number,
        written: m[0].replace(/^настоящ\S*\s+\S+\s+/iu, ''),
        own: m[1] !== undefined,
        path,
      });
    }
  };
  scan(order.title, [...at, 'title']);
  scan(order.preamble, [...at, 'preamble']);
  const walk = (clauses: readonly OrderClause[], path: Path) =>
    clauses.forEach((clause, i) => {
      if (typeof clause === 'string') scan(clause, [...path, i]);
      else {
        scan(clause.text, [...path, i, 'text']);
        walk(clause.clauses ?? [], [...path, i, 'clauses']);
      }
    });
  walk(order.clauses, [...at, 'clauses']);
  return found;
}

/** Numbers compare as the register does: without case and spaces («214-О» is «214-о»). */
export function isSameNumber(a: string, b: string): boolean {
  const key = (number: string) => number.replace(/\s+/g, '').toLowerCase();
  return key(a) === key(b);
}
