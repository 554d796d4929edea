import type { Order, OrderClause } from '../kinds/order/schema.js';
import { isValidIsoDate } from '../language/dates.js';
import { readRussianDate } from '../language/read-date.js';

type Path = readonly (string | number)[];

/** «от 02.09.2025 № 214-о» in a text: the act it cites, where, and whether it is «настоящий приказ». */
export type Citation = {
  readonly date: string;
  readonly number: string;
  readonly written: string;
  readonly own: boolean;
  readonly path: Path;
};

const month = '(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)';
const dated = `от\\s+(\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{1,2}\\s+${month}\\s+\\d{4})\\s*(?:г(?:\\.|ода)?\\s*)?№\\s*([^\\s,;:)«»"]+)`;
const citation = new RegExp(`(настоящ[а-я]*\\s+(?:приказ|распоряжени)[а-я]*\\s+)?${dated}`, 'giu');
/** «к приказу директора от 28.08.2026 № 301-од» right after «приложение 3». */
const toOrder = new RegExp(`^\\s*к\\s+(?:приказу|распоряжению)(?:\\s+[^\\s()№]+){0,6}?\\s+${dated}`, 'iu');

/** The acts a text cites by date and number; nothing without «№» (the quick test most texts stop at). */
export function readCitations(text: string, path: Path): Citation[] {
  if (!text.includes('№')) return [];
  const found: Citation[] = [];
  for (const m of text.matchAll(citation)) {
    const date = readRussianDate(m[2]!);
    if (date === undefined || !isValidIsoDate(date)) continue;
    found.push({
      date,
      number: m[3]!.replace(/\.$/, ''),
      written: m[0].replace(/^настоящ\S*\s+\S+\s+/iu, ''),
      own: m[1] !== undefined,
      path,
    });
  }
  return found;
}

/** The order a text that follows «приложение N» names: « к приказу от 28.08.2026 № 301-од)» → its date and number. */
export function readAppendedOrder(
  after: string,
): { date: string; number: string; written: string } | undefined {
  if (!after.includes('№')) return undefined;
  const m = toOrder.exec(after);
  if (m === null) return undefined;
  const date = readRussianDate(m[1]!);
  if (date === undefined || !isValidIsoDate(date)) return undefined;
  return { date, number: m[2]!.replace(/\.$/, ''), written: m[0].replace(/\.$/, '') };
}

/** The acts an order's title, preamble and clauses cite by date and number, with the YAML path of each text. */
export function listCitations(order: Order, at: Path): Citation[] {
  const found: Citation[] = [];
  const scan = (text: string | undefined, path: Path) => {
    if (text !== undefined) found.push(...readCitations(text, path));
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
