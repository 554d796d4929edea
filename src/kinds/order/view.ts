import { blankDate, formatDate } from '../../language/dates.js';
import { declinePerson, declinePosition } from '../../language/declension.js';
import { toLineStart } from '../../language/line-start.js';
import { parsePersonName, toInitialsSurname, toSurnameInitials } from '../../language/names.js';
import { toParagraphs } from '../../language/paragraphs.js';
import { toPlaceName } from '../../language/place-name.js';
import { formatTerm } from '../../language/terms.js';
import { toAccusativeTitle } from '../../language/title-accusative.js';
import { typographText } from '../../language/typography.js';
import { findAppendix } from '../../resolve/appendix.js';
import type { ResolveContext } from '../../resolve/context.js';
import { type ElectronicMarkView, resolveElectronicMark } from '../../resolve/electronic-signature.js';
import { toLetterheadPosition } from '../../resolve/letterhead-position.js';
import { toOrganizationHead } from '../../resolve/organization-head.js';
import { findPerson, showPeople } from '../../resolve/people.js';
import { resolveVisas, type VisaView } from '../../resolve/visas.js';
import { type AcquaintedRow, toAcquaintedRows } from './acquainted-rows.js';
import type { Order, OrderClause } from './schema.js';

/** A clause: its lead text, the approved document or the appointed person, responsible and term lines. */
export type OrderClauseView = {
  readonly lead: string | null;
  /** Further paragraphs of a text written over several lines (`text: |`). */
  readonly more: readonly string[];
  /** A «–» list inside the clause. */
  readonly list: readonly string[] | null;
  /** A «1)», «2)» list inside the clause (`list: { numbered: […] }`). */
  readonly numbered: readonly string[] | null;
  readonly approve: { readonly title: string; readonly appendix: string } | null;
  readonly person: string | null;
  readonly responsible: { readonly names: string; readonly plural: boolean } | null;
  readonly term: string | null;
  readonly clauses: readonly OrderClauseView[] | null;
  /** It introduces a list or sub-clauses: its last paragraph keeps with what follows (never ends a page). */
  readonly introduces: boolean;
};

export type OrderView = {
  readonly title: string;
  /** The organization's name in the head; a second line «(ГАПОУ «ЧПК»)» with `show_organization: both`. */
  readonly orgName: string;
  readonly city: string | null;
  /** The place of issue as printed: «г. Чита», «с. Верхнекамье» (`city` is the name as written). */
  readonly place: string | null;
  readonly date: string;
  readonly number: string;
  readonly preamble: string | null;
  readonly clauses: readonly OrderClauseView[];
  /** Who controls: null means the signer keeps it («оставляю за собой»). */
  readonly controller: string | null;
  readonly signature: { readonly position: string; readonly name: string };
  /** Signed electronically: the mark stands where the handwritten signature would. */
  readonly electronic: ElectronicMarkView | null;
  /** Visas of the draft under the signature. */
  readonly visas: readonly VisaView[] | null;
  /** «С приказом ознакомлены:»: the rows of names, each saying whether it keeps with the next (acquainted-rows.ts). */
  readonly acquainted: { readonly rows: readonly AcquaintedRow[]; readonly year: string } | null;
};

export function toOrderView(doc: Order, ctx: ResolveContext): OrderView {
  const org = ctx.plan.organization;
  const signerRef = doc.signer ?? org.head ?? '';
  const signer = findPerson(signerRef, ctx);
  return {
    title: typographText(doc.title),
    orgName: typographText(toOrganizationHead(org, doc.show_organization ?? 'full')),
    city: org.city ? typographText(org.city) : null,
    place: org.city ? typographText(toPlaceName(org.city)) : null,
    date: doc.date === 'blank' ? blankDate() : formatDate(doc.date, ctx.dateStyle),
    number: typographText(doc.number),
    preamble: doc.preamble ? typographText(doc.preamble) : null,
    clauses: doc.clauses.map((c) => toClauseView(c, ctx)),
    controller:
      doc.control === undefined || doc.control === 'self' ? null : toAccusativePerson(doc.control, ctx),
    signature: {
      position: typographText(
        signer?.position ? toLineStart(toLetterheadPosition(signer.position, org)) : '',
      ),
      name: signer ? toInitialsSurname(parsePersonName(signer.name)) : '',
    },
    electronic: doc.signature?.electronic
      ? resolveElectronicMark(doc.signature.electronic, signerRef, ctx)
      : null,
    visas: doc.visas ? resolveVisas(doc.visas, ctx) : null,
    acquainted: doc.acquainted?.length
      ? {
          rows: toAcquaintedRows(doc.acquainted.map((ref) => showPeople(ref, ctx, 'signature'))),
          year: yearOf(doc.date),
        }
      : null,
  };
}

function toClauseView(clause: OrderClause, ctx: ResolveContext): OrderClauseView {
  const none = {
    more: [],
    list: null,
    numbered: null,
    approve: null,
    person: null,
    responsible: null,
    term: null,
    clauses: null,
    introduces: false,
  };
  if (typeof clause === 'string') return { ...none, ...toLead(toParagraphs(clause), false) };
  const joined = clause.approve !== undefined || clause.person !== undefined;
  const paragraphs = clause.text === undefined ? [] : toParagraphs(clause.text);
  const people = clause.responsible === undefined ? [] : [clause.responsible].flat();
  const introduces = clause.list !== undefined || clause.clauses !== undefined;
  return {
    ...(joined
      ? { lead: paragraphs.length ? paragraphs.join(' ').replace(/[.;\s]+$/, '') : null, more: [] }
      : toLead(paragraphs, introduces)),
    list: Array.isArray(clause.list) ? clause.list.map((item) => typographText(item)) : null,
    numbered:
      clause.list && 'numbered' in clause.list
        ? clause.list.numbered.map((item) => typographText(item))
        : null,
    approve: clause.approve === undefined ? null : toApproved(clause.approve, clause.title, ctx),
    person: clause.person === undefined ? null : toAccusativePerson(clause.person, ctx),
    responsible: people.length
      ? { names: showPeople(people, ctx, 'table'), plural: people.length > 1 }
      : null,
    term: clause.term === undefined ? null : typographText(formatOrderTerm(clause.term, ctx)),
    clauses: clause.clauses ? clause.clauses.map((c) => toClauseView(c, ctx)) : null,
    introduces,
  };
}

/**
 * The first paragraph of a clause and the rest; the last one ends a sentence — with «:» when the clause introduces a
 * list or sub-clauses, «.» otherwise, unless the user put a mark there.
 */
function toLead(paragraphs: readonly string[], introduces: boolean): { lead: string | null; more: string[] } {
  const ended = paragraphs.map((p, i) =>
    i === paragraphs.length - 1 ? endSentence(p, introduces ? ':' : '.') : p,
  );
  const [lead = null, ...more] = ended;
  return { lead, more };
}

/**
 * «дорожную карту реализации …» (the clause's own `title` as written, when it has one) and «приложение 1» (or
 * «приложение» when it is the only one).
 */
function toApproved(
  id: string,
  title: string | undefined,
  ctx: ResolveContext,
): { title: string; appendix: string } {
  const doc = ctx.plan.documents[ctx.ids.indexOf(id)];
  const number = findAppendix(id, ctx)?.number ?? '';
  return {
    title:
      title === undefined
        ? toAccusativeTitle(typographText((doc?.title ?? id).replace(/\n/g, ' ')))
        : typographText(title.replace(/\n/g, ' ')),
    appendix: `приложение${number ? `\u00A0${number}` : ''}`,
  };
}

/** «заместителя директора по учебно-методической работе Спиридонову А.В.» (whom to appoint, on whom to place). */
function toAccusativePerson(ref: string, ctx: ResolveContext): string {
  const person = findPerson(ref, ctx);
  if (!person) return typographText(ref);
  const declined = declinePerson(person, 'accusative');
  const position =
    declined.position ?? (person.position ? declinePosition(person.position, 'accusative') : undefined);
  return typographText([position, toSurnameInitials(declined.name)].filter(Boolean).join(' '));
}

/** A term in an order: a bare date is a deadline («до 15.10.2020»). */
function formatOrderTerm(
  term: NonNullable<Exclude<OrderClause, string>['term']>,
  ctx: ResolveContext,
): string {
  const deadline = typeof term === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(term) ? { until: term } : term;
  return formatTerm(deadline, ctx.dateStyle);
}

/**
 * The text ending its sentence with `mark`, unless the user put a mark there. The period of initials or of «г.» is
 * not the sentence's: a clause that introduces sub-clauses still gets its colon — «Руководителю ШМО Лебедевой М.А.:».
 */
function endSentence(text: string, mark: '.' | ':'): string {
  const abbreviation = mark === ':' && /(?:^|[\s\u00A0.])(?:\p{Lu}|г|гг)\.$/u.test(text);
  return /[.!?:;…]$/.test(text) && !abbreviation ? text : `${text}${mark}`;
}

function yearOf(date: string): string {
  return date === 'blank' ? '20__' : date.slice(0, 4);
}
