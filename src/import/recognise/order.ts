import { importText } from '../../messages.js';
import type { DocBlock } from '../docx/blocks.js';
import type { Note } from '../notes.js';
import { readAcquaintedName } from './acquainted-line.js';
import { countAppendixList, readAppendixList } from './appendix-list.js';
import { readCellText } from './cell-value.js';
import { readControl } from './control.js';
import { readDate } from './dates.js';
import { type Clause, readClauses, toClause } from './order-clauses.js';
import { isAcquaintedTitle, toLines } from './order-lines.js';
import { splitParentBody, toOneLine } from './organization.js';
import type { PeopleBook } from './people.js';
import { readBracketedShortName } from './short-name.js';
import { splitSignature } from './signature-line.js';
import { readVisas } from './visas.js';

export type ReadOrder = {
  readonly organization: { name?: string; city?: string };
  /** The line of the body over the organization («Министерство образования …»), which the plan has no key for. */
  readonly parentBody?: string;
  readonly order: Record<string, unknown>;
  readonly notes: Note[];
  /** The order's date is written in words («1 сентября 2025 г.»): the plan's settings.date_style then is `words`. */
  readonly datesInWords: boolean;
  /** The titles «Приложения: 1. … 2. …» under the clauses gives the appendices, by number (appendix-list.ts). */
  readonly appendixList: ReadonlyMap<number, string>;
};

const isOrderWord = (text: string) => text.replace(/\s/g, '') === 'ПРИКАЗ';

/** Whether blocks hold an order: a line «ПРИКАЗ» near the top. */
export function isOrder(blocks: readonly DocBlock[]): boolean {
  return blocks.slice(0, 10).some((b) => b.kind === 'paragraph' && isOrderWord(b.text));
}

/**
 * An order of paragraphs: organization, ПРИКАЗ, date and number (a tab or a borderless table between them),
 * place, title, preamble, «ПРИКАЗЫВАЮ:», clauses with Word's or typed numbers and sub-clauses, «Ответственный:»
 * and «Срок:» lines, the control clause, the signature, the visas (visas.ts) and «С приказом ознакомлены:».
 */
export function readOrder(blocks: readonly DocBlock[], book: PeopleBook): ReadOrder {
  const notes: Note[] = [];
  const kindAt = blocks.findIndex((b) => b.kind === 'paragraph' && isOrderWord(b.text));
  const head = toLines(blocks.slice(0, kindAt))
    .map((p) => toOneLine(p.text))
    .filter(Boolean);
  const { parent, own } = splitParentBody(head);
  const organization: { name?: string; city?: string } = own.length > 0 ? { name: own.join(' ') } : {};
  const { requisites, inWords, city, next } = readRequisites(blocks.slice(kindAt + 1));
  if (city) organization.city = city;
  if (requisites.number === '') notes.push({ path: ['number'], text: importText.orderRequisitesNotRead });
  const body = toLines(blocks.slice(kindAt + 1 + next)).filter((p) => p.text.trim() !== '' || p.marker);
  // «(ГБПОУ «ТПК»)» under the full name: short_name (compose-plan.ts), printed under the name as here.
  const bracketed =
    organization.name !== undefined && readBracketedShortName(organization.name) !== undefined;
  const order: Record<string, unknown> = {
    type: 'order',
    ...requisites,
    ...(bracketed && { show_organization: 'both' }),
    title: body[0]?.text.trim() ?? '',
  };
  const commandAt = body.findIndex((p) => /ПРИКАЗЫВАЮ\s*:?\s*$/i.test(p.text.trim()));
  const preamble = body
    .slice(1, commandAt < 0 ? 1 : commandAt + 1)
    .map((p) => p.text.trim())
    .join(' ')
    .replace(/\s*ПРИКАЗЫВАЮ\s*:?\s*$/i, '')
    .trim();
  if (preamble) order.preamble = preamble;
  const { clauses, end: j } = readClauses(body, commandAt < 0 ? 1 : commandAt + 1, book, notes);
  // «Приложения: 1. … на 1 л. в 1 экз.»: gramota marks each appendix on its own page and prints no such list.
  const listed = countAppendixList(body, j);
  if (listed > 0) {
    const list = body.slice(j, j + listed).map((p) => p.text.replace(/\s+/g, ' ').trim());
    notes.push({ path: ['clauses'], text: importText.appendixListLeft(list.join(' / ')) });
  }
  const after = body.slice(j + listed);
  const { visas, used } = readVisas(after, book);
  const signature = after
    .filter((_, i) => !used.has(i))
    .map(splitSignature)
    .find((found) => found !== undefined);
  const signer = signature
    ? book.add(signature.name, signature.position)
    : book.add(importText.signerPlaceholder, importText.signerPositionPlaceholder);
  if (!signature) notes.push({ path: ['signer'], text: importText.signerNotFound });
  const seenAt = body.findIndex(isAcquaintedTitle);
  const acquainted = body
    .slice(seenAt < 0 ? body.length : seenAt + 1)
    .flatMap((p) => readAcquaintedName(p.text) ?? [])
    .map((n) => book.add(n));
  const rest = after
    .filter((p, i) => !used.has(i) && splitSignature(p) === undefined)
    .map((p) => p.text.trim())
    .filter((t) => !isLeftForGramota(t) && readAcquaintedName(t) === undefined);
  if (rest.length > 0) notes.push({ path: ['signer'], text: toLeftNote(rest) });
  // The control clause last: the person it names in the accusative is found among the people read above.
  const control = readControlClause(clauses, book, notes);
  return {
    organization,
    ...(parent.length > 0 && { parentBody: parent.join(' ') }),
    datesInWords: inWords,
    appendixList: readAppendixList(body.slice(j, j + listed)),
    order: {
      ...order,
      clauses: clauses.map(toClause),
      ...(control !== undefined && { control }),
      signer,
      ...(visas.length > 0 && { visas }),
      ...(acquainted.length > 0 && { acquainted }),
    },
    notes,
  };
}

/** Takes the control clause off the end: «оставляю за собой» is gramota's default, «возложить на …» a person. */
function readControlClause(clauses: Clause[], book: PeopleBook, notes: Note[]): string | undefined {
  const last = clauses.at(-1);
  if (!last || !/^Контроль(?![а-яё]).*исполнени/i.test(last.text)) return undefined;
  clauses.pop();
  if (/оставляю за собой/i.test(last.text)) return undefined;
  const controller = readControl(last.text, book);
  if (controller !== undefined) return controller;
  clauses.push(last);
  notes.push({ path: ['clauses', clauses.length - 1], text: importText.controlKept });
  return undefined;
}

/** Date and number under ПРИКАЗ (one line by tabs, or a borderless table), then the place «г. Чита». */
function readRequisites(rest: readonly DocBlock[]): {
  requisites: { date: string; number: string };
  inWords: boolean;
  city: string | undefined;
  next: number;
} {
  const [first, second] = rest;
  const line = first?.kind === 'table' ? readCellTexts(first) : (first?.text ?? '');
  const found = /№/.test(line);
  const date = found ? readDate(line) : undefined;
  const requisites = {
    date: date && date !== 'blank' ? date : 'blank',
    // The number is all after «№» up to a tab or the end: «45-о», «12/1-од», «123 о/д».
    number: found ? (/№\s*([^\t]+?)\s*(?:\t|$)/.exec(line)?.[1] ?? '') : '',
  };
  const inWords = date !== undefined && date !== 'blank' && !/\d{1,2}\.\d{1,2}\.\d{4}/.test(line);
  const placeBlock = found ? second : first;
  const place =
    placeBlock?.kind === 'paragraph' ? /^(?:г|с|п|пгт)\.\s*(.+)$/.exec(placeBlock.text.trim()) : null;
  return { requisites, inWords, city: place?.[1], next: (found ? 1 : 0) + (place ? 1 : 0) };
}

/** Lines under the signature that gramota writes itself: the signature, «С приказом ознакомлены:», blanks. */
function isLeftForGramota(text: string): boolean {
  return (
    /^С приказом ознакомлен/i.test(text) ||
    /^[_\s«»"]*$/.test(text) ||
    /^«?_+»?\s*_+\s*(20_*|\d{4})\s*г\.?$/.test(text)
  );
}

function readCellTexts(block: DocBlock): string {
  return block.kind === 'table' ? block.rows.flatMap((r) => r.cells.map(readCellText)).join('\t') : '';
}

/**
 * The note on the text after the signature the import did not carry over; when it opens an appendix («Приложение 1»
 * with no page break before it), the note says that the whole appendix, its tables too, is not in the plan.
 */
function toLeftNote(rest: readonly string[]): string {
  const text = rest.join(' / ').replace(/\s*\n\s*/g, ' ');
  const appendix = rest.find((t) => /^Приложение(?![а-яё])/i.test(t));
  if (appendix === undefined) return importText.afterSignature(text);
  return importText.appendixLeft(appendix.split('\n')[0]!.trim(), text);
}
