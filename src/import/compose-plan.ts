import { importText } from '../messages.js';
import { splitAtAppendixPages } from './appendix-pages.js';
import type { DocSection } from './docx/blocks.js';
import type { ImportState, PlanDoc } from './import-state.js';
import { resolveLateControl } from './late-control.js';
import { toMissingAppendices } from './missing-appendices.js';
import type { Note } from './notes.js';
import { readOrderPositions } from './order-positions.js';
import { readSection } from './read-section.js';
import { readAcquaintanceSheet } from './recognise/acquaintance.js';
import { withApproveClauses } from './recognise/approve-clauses.js';
import { createPeopleBook } from './recognise/people.js';
import { findShortName, makeShortName, readBracketedShortName } from './recognise/short-name.js';
import { toTrailingAppendices } from './trailing-appendices.js';

export type ComposedPlan = { readonly plan: Record<string, unknown>; readonly notes: Note[] };

/** Sections of a DOCX → a plan: each section one document; sections after an order are its appendices. */
export function composePlan(read: readonly DocSection[]): ComposedPlan {
  const sections = read.flatMap(splitAtAppendixPages);
  const state: ImportState = {
    organization: {},
    book: createPeopleBook(),
    notes: [],
    orders: {},
    approvedMarks: [],
    appendixNumbers: new Map(),
    appendixLists: new Map(),
  };
  const documents: PlanDoc[] = [];
  let order: PlanDoc | undefined;
  const standIns: { doc: PlanDoc; next: number }[] = [];
  sections.forEach((section, s) => {
    // A «Лист ознакомления» after a regulation or a document is part of it, not an appendix of the order.
    const owner = documents.at(-1);
    const sheet = owner && owner.type !== 'order' ? readAcquaintanceSheet(section, state.book) : undefined;
    if (owner && sheet) {
      owner.acquaintance = sheet;
      return;
    }
    const path = ['documents', documents.length];
    const doc = readSection(section, state, path, order);
    if (doc.type === 'order') order = doc;
    else if (order) {
      // «Приложение 2» first: appendix 1 is not in the file; a stand-in keeps the numbers (missing-appendices.ts).
      const listed = (order.appendices as string[] | undefined) ?? [];
      const missing = toMissingAppendices(order, listed.length, state.appendixNumbers.get(documents.length));
      doc.id = `appendix-${listed.length + missing.length + 1}`;
      standIns.push(...missing.map((m) => ({ doc: m, next: listed.length + missing.length + 1 })));
      order.appendices = [...listed, ...missing.map((m) => m.id as string), doc.id];
    }
    if (s === 0 || doc.type === 'order') doc.id = doc.id ?? `${doc.type}-${documents.length + 1}`;
    documents.push(doc);
  });
  for (const { doc, next } of standIns) {
    const number = Number(String(doc.id).replace('appendix-', ''));
    state.notes.push({
      path: ['documents', documents.length],
      text: importText.missingAppendix(number, next),
    });
    documents.push(doc);
  }
  // Appendices the order names after the file's last one («(приложение 2)»): stand-ins too (trailing-appendices.ts).
  const trailing = new Set<PlanDoc>();
  documents.forEach((doc, d) => {
    if (doc.type !== 'order') return;
    const listed = (doc.appendices as string[] | undefined) ?? [];
    const list = state.appendixLists.get(d) ?? new Map<number, string>();
    for (const { doc: standIn, note } of toTrailingAppendices(doc, listed.length, list)) {
      state.notes.push(note(['documents', documents.length]));
      doc.appendices = [...((doc.appendices as string[] | undefined) ?? []), standIn.id];
      trailing.add(standIn);
      documents.push(standIn);
    }
  });
  // The appendices are known now: an order's clauses that approve one become `approve:` (approve-clauses.ts).
  const composed = documents
    .map((doc, d) => resolveLateControl(doc, ['documents', d], state))
    .map((doc, d) => {
      if (doc.type !== 'order') return doc;
      const held = documents.filter((other) => !trailing.has(other));
      const approving = withApproveClauses(doc, held, ['documents', d]);
      state.notes.push(...approving.notes);
      return approving.order;
    });
  readOrderPositions(composed, state.book);
  state.organization = withShortName(state, composed);
  if (!state.organization.name)
    state.notes.push({
      path: ['organization', 'name'],
      text: state.organization.short_name ? importText.organizationShortOnly : importText.organizationUnknown,
    });
  for (const [key, cell] of state.book.cellPositions())
    state.notes.push({ path: ['people', key, 'position'], text: importText.positionFromCell(cell) });
  for (const [key, words] of state.book.textPositions())
    state.notes.push({ path: ['people', key, 'position'], text: importText.positionFromText(words) });
  const people = Object.fromEntries(state.book.entries());
  const settings = readSettings(state);
  return {
    plan: {
      organization: {
        name: state.organization.name ?? state.organization.short_name ?? importText.organizationPlaceholder,
        ...(state.organization.short_name && { short_name: state.organization.short_name }),
        ...(state.organization.city && { city: state.organization.city }),
      },
      ...(Object.keys(people).length > 0 && { people }),
      ...(Object.keys(settings).length > 0 && { settings }),
      ...(Object.keys(state.orders).length > 0 && { orders: state.orders }),
      documents: composed.map(({ type, id, ...rest }) => ({
        type,
        ...(id !== undefined && { id }),
        ...rest,
      })),
    },
    notes: state.notes,
  };
}

/**
 * The organization with a short name for the stamps and appendix marks, where the file does not give one in a stamp:
 * the one in brackets after the full name («… (ГАПОУ «ЧПК»)»), one made of the full name's legal form (with a note)
 * where a stamp or a mark will cite it, or with no name at all, one a document's title names («Положение о … ГПОУ
 * «…»»).
 */
function withShortName(state: ImportState, documents: readonly PlanDoc[]): ImportState['organization'] {
  const { name, short_name: short } = state.organization;
  // «… «Тольяттинский политехнический колледж» (ГБПОУ «ТПК»)»: the bracket is the short name, not part of the name.
  const bracketed = name ? readBracketedShortName(name) : undefined;
  if (name && bracketed) {
    state.notes.push({
      path: ['organization', 'short_name'],
      text: importText.shortNameBracketed(bracketed),
    });
    const own = name.replace(/\s*\([^()]+\)\s*$/u, '');
    return { ...state.organization, name: own, short_name: short ?? bracketed };
  }
  if (short) return state.organization;
  if (name) {
    // Only where a stamp or an appendix mark will name the organization.
    const cited = documents.some((doc) => doc.approval || doc.agreement || doc.appendices);
    const made = cited ? makeShortName(name) : undefined;
    if (made) state.notes.push({ path: ['organization', 'short_name'], text: importText.shortNameMade });
    return made ? { ...state.organization, short_name: made } : state.organization;
  }
  const titled = documents.map((doc) =>
    typeof doc.title === 'string' ? findShortName(doc.title) : undefined,
  );
  const found = titled.find((t) => t !== undefined);
  return found ? { ...state.organization, short_name: found } : state.organization;
}

/**
 * The plan's settings the file shows: dates in words (an order's date); over the stamp «УТВЕРЖДЕНО приказом» of
 * every appendix the order approves, «Приложение N» alone (`appendix_mark: number`) or the whole mark (`both`); a
 * note when only some have it.
 */
function readSettings(state: ImportState): Record<string, string> {
  const marks = state.approvedMarks;
  const marked = marks.length > 0 && marks.every((m) => m !== 'none');
  if (!marked && marks.some((m) => m !== 'none'))
    state.notes.push({ path: ['documents'], text: importText.marksMixed });
  const style = marks.every((m) => m === 'number') ? 'number' : 'both';
  return {
    ...(state.datesInWords && { date_style: 'words' }),
    ...(marked && { appendix_mark: style }),
  };
}
