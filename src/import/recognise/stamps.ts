import { actFormsPattern, readActKind } from '../../language/act-kinds.js';
import { type DateStyle, formatDate, isValidIsoDate } from '../../language/dates.js';
import { importText } from '../../messages.js';
import type { DocBlock } from '../docx/blocks.js';
import { readCellText } from './cell-value.js';
import { readCouncil, readProtocol } from './council-stamp.js';
import { readDate } from './dates.js';
import { type OrderRef, readOrderRef, withAct } from './order-ref.js';
import { isParentBody, schoolAbbreviation } from './organization.js';
import { isPersonName, type PeopleBook } from './people.js';

/** A stamp read from the top of a document, in plan form, or a mark «Приложение N к приказу …». */
export type ReadStamp =
  | {
      readonly kind: 'approval' | 'agreement';
      readonly value: Record<string, unknown>;
      readonly notes: string[];
    }
  | { readonly kind: 'byOrder'; readonly org: string | undefined; readonly order: OrderRef | undefined }
  | {
      readonly kind: 'appendixMark';
      readonly text: string;
      readonly org: string | undefined;
      /** The appendix's number, «Приложение № 2» → 2; undefined for «Приложение». */
      readonly number: number | undefined;
      readonly order: OrderRef | undefined;
      /** «к заявке …»: true, or what follows «к заявке»; undefined for a mark of an order. */
      readonly application: true | string | undefined;
    }
  /** Lines of a stamp table that belong to no stamp (an organization's name on the left, a note). */
  | { readonly kind: 'other'; readonly text: string };

const approvalWord = /^УТВЕРЖД(АЮ|ЕН[АОЫ]?)(?![а-яё])/i;
const agreementWord = /^(СОГЛАСОВАНО|ПРИНЯТО)(?![а-яё])/i;

/** Whether a line is a stamp's first word: УТВЕРЖДАЮ, УТВЕРЖДЕНО, СОГЛАСОВАНО, ПРИНЯТО. */
export const isStampWord = (line: string) => approvalWord.test(line) || agreementWord.test(line);

/** The lines of a borderless table's cells, one block of lines per cell, or of a paragraph run. */
export function toStampLines(block: DocBlock): string[][] {
  if (block.kind === 'paragraph') return [block.text.split('\n')];
  return block.rows.flatMap((r) => r.cells.map((c) => readCellText(c).split('\n')));
}

/**
 * Splits lines into stamps where a stamp word or «Приложение» starts one; `dateStyle` is how the plan will print
 * dates (words when the file's order dates in words), for the note on a stamp's date in words.
 */
export function readStamps(
  lines: readonly string[],
  book: PeopleBook,
  dateStyle: DateStyle = 'numeric',
): ReadStamp[] {
  const groups: string[][] = [];
  const other: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (approvalWord.test(line) || agreementWord.test(line) || /^Приложение(?![а-яё])/i.test(line))
      groups.push([line]);
    else if (groups.length > 0) groups.at(-1)!.push(line);
    else other.push(line);
  }
  const stamps = groups
    .map((g) => readStamp(g, book, dateStyle))
    .filter((s): s is ReadStamp => s !== undefined);
  return other.length > 0 ? [{ kind: 'other', text: other.join(' ') }, ...stamps] : stamps;
}

function readStamp(lines: readonly string[], book: PeopleBook, dateStyle: DateStyle): ReadStamp | undefined {
  const [head = '', ...rest] = lines;
  if (/^Приложение(?![а-яё])/i.test(head)) {
    const text = lines.join(' ');
    const number = /^Приложение\s*№?\s*(\d+)/i.exec(text)?.[1];
    const n = number === undefined ? undefined : Number(number);
    const application = /\sк\s+заявке(?![а-яё])\s*(.*)$/i.exec(text)?.[1]?.trim();
    if (application !== undefined)
      return {
        kind: 'appendixMark',
        text,
        org: undefined,
        number: n,
        order: undefined,
        application: application || true,
      };
    // «к приказу ГАПОУ «ЧПК» от …» names the organization, «к приказу Министерства … от …» who issued it (an
    // issuer); «к распоряжению Министерства … от …», another kind of act, who issued it.
    const act = markAct.exec(text);
    const actKind = act ? readActKind(act[1]!) : undefined;
    const ref = readOrderRef(text);
    if (actKind !== undefined && actKind !== 'приказ') {
      const order = ref && withAct(ref, actKind, act?.[2]);
      return { kind: 'appendixMark', text, org: undefined, number: n, order, application: undefined };
    }
    const issued = readIssuer(act?.[2], act?.[2]);
    return {
      kind: 'appendixMark',
      text,
      org: issued.org,
      number: n,
      order: issued.with(ref),
      application: undefined,
    };
  }
  const whole = rest.join(' ');
  // A requisite's line may be wrapped in two («приказом Министерства / образования …», gramota's own stamps too):
  // the lines up to the date or the protocol are one text.
  const to = rest.findIndex((l) => /^(?:от\s|\(?протокол)/i.test(l));
  const lead = rest.slice(0, Math.max(1, to)).join(' ');
  const actKind = stampAct.exec(lead) ? readActKind(stampAct.exec(lead)![1]!) : undefined;
  if (actKind) {
    const org = readOrderOrganization(lead);
    const ref = readOrderRef(whole);
    if (actKind !== 'приказ')
      return { kind: 'byOrder', org: undefined, order: ref && withAct(ref, actKind, org) };
    const issued = readIssuer(org, lead.replace(stampAct, '').trim());
    return { kind: 'byOrder', org: issued.org, order: issued.with(ref) };
  }
  const kind = agreementWord.test(head) ? 'agreement' : 'approval';
  const word = agreementWord.exec(head)?.[1]?.toUpperCase();
  const notes: string[] = [];
  const council = readCouncil(lead);
  if (council) {
    const protocol = readProtocol(whole);
    const date = protocol ? readDate(protocol.date) : undefined;
    notes.push(importText.councilGuess);
    return {
      kind,
      value: {
        ...(word && word !== 'СОГЛАСОВАНО' && { word }),
        council,
        ...(protocol && date && isValidIsoDate(date) && { protocol: { date, number: protocol.number } }),
      },
      notes,
    };
  }
  const signature = rest.findIndex((l) => /_{3,}/.test(l) || isPersonName(l.replace(/^[_\s]+/, '')));
  const name = signature >= 0 ? rest[signature]!.replace(/^[_\s/]+/, '').trim() : '';
  const position = (signature >= 0 ? rest.slice(0, signature) : rest.slice(0, -1)).join(' ').trim();
  const dateLine = signature >= 0 ? rest.slice(signature + 1).join(' ') : (rest.at(-1) ?? '');
  const date = readDate(dateLine) ?? 'blank';
  if (dateLine.trim() !== '' && readDate(dateLine) === undefined)
    notes.push(importText.stampDateNotRead(dateLine));
  else if (date !== 'blank' && /[а-яё]{3}/i.test(dateLine) && dateStyle === 'numeric')
    notes.push(
      importText.stampDateInWords(dateLine.trim(), toPlain(date, 'numeric'), toPlain(date, 'words')),
    );
  const value: Record<string, unknown> = { ...(word && word !== 'СОГЛАСОВАНО' && { word }) };
  // A position that does not name the organization («Председатель профкома») stays text: gramota would add the
  // organization's name to a person's position in a stamp.
  if (isPersonName(name) && (position === '' || namesOrganization.test(position)))
    value.by = book.add(name, position || undefined);
  else if (name || position) value.by = [position, name].filter(Boolean).join(' ');
  else notes.push(importText.stampWithoutSigner);
  value.date = date;
  return { kind, value, notes };
}

/** «к приказу ГАПОУ «ЧПК» от», «к распоряжению Министерства … от»: the act's kind and who issued it. */
const markAct = new RegExp(
  `к\\s+(${actFormsPattern('dative')})(?![а-яё])(?:\\s+(?!от\\s|№)(.+?))?\\s+от\\s`,
  'i',
);

/** «приказом …», «распоряжением …», «постановлением …», «указом …» (a «решением» of a council is a council's stamp). */
const stampAct = new RegExp(`^(${actFormsPattern('instrumental').replace('|решением', '')})(?![а-яё])`, 'i');

/**
 * The organization «приказом …» names: «приказом ГАПОУ «ЧПК»», «приказом директора МБОУ СОШ № 14» — the head's
 * position is not it; «приказом директора» names none. Of another act, who issued it: «распоряжением Министерства …».
 */
function readOrderOrganization(line: string): string | undefined {
  const org = line
    .replace(stampAct, '')
    .trim()
    .replace(/\s+от\s.*$/i, '')
    .replace(/^(?:и\.\s?о\.\s*)?(?:директора|заведующего|ректора|руководителя|начальника)(?![а-яё])\s*/i, '')
    .trim();
  return org !== '' && /^\p{Lu}|^«/u.test(org) ? org : undefined;
}

const headPosition = /^(?:и\.\s?о\.\s*)?(?:директора|заведующего|ректора|руководителя|начальника)$/i;

/**
 * Who issued the order a stamp or a mark cites, as written after «приказом» / «к приказу» (`words`, the organization
 * `org` read from them): a body over the organization («Министерства образования …») or the head alone
 * («директора») is the order's issuer, not the organization's short name; gramota prints an issuer as written.
 */
function readIssuer(
  org: string | undefined,
  words: string | undefined,
): { org: string | undefined; with: (ref: OrderRef | undefined) => OrderRef | undefined } {
  const head = words?.replace(/\s+от\s.*$/i, '').trim();
  const issuer = org && isParentBody(org) ? org : head && headPosition.test(head) ? head : undefined;
  return {
    org: issuer === org ? undefined : org,
    with: (ref) => (ref && issuer ? { ...ref, issuer } : ref),
  };
}

/** A position naming its organization: a quoted name, or an abbreviation of a kind of school («МБОУ Школа № 174»). */
const namesOrganization = new RegExp(`«|(?<!\\p{L})${schoolAbbreviation}\\s`, 'u');

/** «Приложение», «Приложение 1», «Приложение № 2», and on the same line «к приказу …», «к заявке …». */
export const appendixMarkLine = new RegExp(
  `^Приложение(?:\\s*№?\\s*\\d+)?(?:\\s+к\\s+(?:${actFormsPattern('dative')}|заявке)(?![а-яё]).*)?$`,
  'i',
);

/** Whether a block at the top of a document is a stamp: a line starting with a stamp word or «Приложение N». */
export function isStampBlock(block: DocBlock): boolean {
  if (block.kind === 'table' && !block.borderless) return false;
  return toStampLines(block).some((lines) =>
    lines.some(
      (l) => approvalWord.test(l.trim()) || agreementWord.test(l.trim()) || appendixMarkLine.test(l.trim()),
    ),
  );
}

/** A date as gramota prints it, with plain spaces for a note. */
const toPlain = (iso: string, style: DateStyle) => formatDate(iso, style).replace(/\u00A0/g, ' ');
