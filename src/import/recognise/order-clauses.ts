import { monthsGenitive } from '../../language/dates.js';
import { importText } from '../../messages.js';
import type { DocParagraph } from '../docx/blocks.js';
import type { Note } from '../notes.js';
import { opensAppendixList } from './appendix-list.js';
import { addListItem, type ClauseList, isListOf, readListItem } from './clause-list.js';
import { isAcquaintedTitle } from './order-lines.js';
import type { PeopleBook } from './people.js';
import { readResponsible } from './responsible.js';
import { splitSignature } from './signature-line.js';
import { readTerm } from './terms.js';

export type Clause = {
  text: string;
  responsible?: unknown;
  term?: unknown;
  list?: ClauseList;
  clauses?: Clause[];
};

/**
 * Clauses after «ПРИКАЗЫВАЮ:» up to the signature (or the list «Приложения: …» above it): Word's or typed numbers give the level (1., 2.1., 2.1.1. …),
 * «Ответственный:» and «Срок:» lines belong to the clause above, other text continues it — a line opening with
 * a date («3 октября 2024 г. провести …») too. Returns where the clauses end.
 */
export function readClauses(
  body: readonly DocParagraph[],
  start: number,
  book: PeopleBook,
  notes: Note[],
): { clauses: Clause[]; end: number } {
  const clauses: Clause[] = [];
  // Clauses typed «1)», «2)» are the order's clauses, not a list: gramota numbers them «1.», «2.».
  const parenNumbers =
    body[start] !== undefined && !body[start].marker && /^1\)\s/.test(body[start].text.trim());
  if (parenNumbers) notes.push({ path: ['clauses'], text: importText.orderParenNumbers });
  let j = start;
  for (; j < body.length; j++) {
    const p = body[j]!;
    const text = p.text.trim();
    if (isAcquaintedTitle(p) || splitSignature(p) !== undefined || opensAppendixList(p)) break;
    const typed = readTypedNumber(text, parenNumbers && !p.marker);
    const level =
      p.marker && !p.marker.bullet ? p.marker.level : typed ? typed.number.split('.').length - 1 : -1;
    const content = p.marker ? text : typed ? typed.rest : text;
    // The last clause, its last sub-clause and so on: a line without a number belongs to the deepest.
    const chain = findLastChain(clauses);
    const target = chain.at(-1);
    // A list belongs to the clause it follows, a sub-clause too, whatever level Word gives its «1)» marker.
    const item = typed?.paren ? undefined : readListItem(p, text);
    if (item && target && isListOf(target.list, item.numbered)) {
      target.list = addListItem(target.list, item);
      continue;
    }
    // A list of the other kind than the clause's own: the line stays text, its marker with it.
    if (item && target) {
      target.text = `${target.text}\n${p.marker ? `${p.marker.label} ${text}` : text}`;
      continue;
    }
    const responsible = /^Ответственн(ый|ая|ые)\s*(за исполнение)?\s*:\s*(.+)$/i.exec(content);
    const term = /^Срок(и)?(\s+исполнения)?\s*:\s*(.+)$/i.exec(content);
    const path = chain.flatMap((_, depth) => ['clauses', lastIndexAt(clauses, depth)]);
    const parent = level > 0 ? chain[Math.min(level, chain.length) - 1] : undefined;
    if (level < 0 && target && responsible)
      target.responsible = readResponsible(withoutClosingPeriod(responsible[3]!), book);
    else if (level < 0 && target && term)
      target.term = readOrderTerm(withoutClosingPeriod(term[3]!), [...path, 'term'], notes);
    else if (parent) parent.clauses = [...(parent.clauses ?? []), { text: content }];
    else if (level < 0 && target) target.text = `${target.text}\n${content}`;
    else clauses.push({ text: content });
  }
  return { clauses, end: j };
}

const monthAfterDay = new RegExp(`^\\d{1,2}\\s+(?:${monthsGenitive.join('|')})(?![а-яё])`, 'i');

/**
 * A typed clause number «2.», «2.1.1.» (or «2)» when the order numbers its clauses so) and the text after it; a day
 * of a month («3 октября …») is none.
 */
function readTypedNumber(
  text: string,
  paren: boolean,
): { number: string; rest: string; paren?: boolean } | undefined {
  if (monthAfterDay.test(text)) return undefined;
  const inParen = paren ? /^(\d+)\)\s+(.*)$/s.exec(text) : null;
  if (inParen) return { number: inParen[1]!, rest: inParen[2]!, paren: true };
  const typed = /^(\d+(?:\.\d+)*)\.?\s+(.*)$/s.exec(text);
  return typed ? { number: typed[1]!, rest: typed[2]! } : undefined;
}

function findLastChain(clauses: readonly Clause[]): Clause[] {
  const chain: Clause[] = [];
  for (let list = clauses; list.length > 0; list = list.at(-1)!.clauses ?? []) chain.push(list.at(-1)!);
  return chain;
}

function lastIndexAt(clauses: readonly Clause[], depth: number): number {
  let list = clauses;
  for (let d = 0; d < depth; d++) list = list.at(-1)!.clauses ?? [];
  return list.length - 1;
}

/** The end of a sentence whose period is an abbreviation's own: «Белых А.Н.», «до 10 сентября 2025 г.». */
const abbreviationEnd = /(?:^|[\s.])(?:\p{Lu}|г|гг|др|пр|т\.\s?[дп]|им|руб|коп|тыс|млн|млрд|чел|шт)\.$/u;

/** The text of a line without the period that ends its sentence; the period of an abbreviation at its end stays. */
function withoutClosingPeriod(text: string): string {
  const trimmed = text.trim();
  return trimmed.endsWith('.') && !abbreviationEnd.test(trimmed) ? trimmed.slice(0, -1) : trimmed;
}

/** «Срок: до 15.10.2020.»; a bare date stays text, since in an order gramota prints a bare date as «до …». */
function readOrderTerm(text: string, path: (string | number)[], notes: Note[]): unknown {
  const { term, note } = readTerm(text);
  if (note) notes.push({ path, text: note });
  return typeof term === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(term) ? text.trim() : term;
}

/** A clause in plan form: bare text when it has nothing else. */
export function toClause(c: Clause): unknown {
  const simple =
    c.responsible === undefined && c.term === undefined && c.clauses === undefined && c.list === undefined;
  if (simple) return c.text;
  return { ...c, ...(c.clauses && { clauses: c.clauses.map(toClause) }) };
}
