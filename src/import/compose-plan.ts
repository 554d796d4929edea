import { importText } from '../messages.js';
import { splitAtAppendixPages } from './appendix-pages.js';
import type { DocSection } from './docx/blocks.js';
import type { ImportState, PlanDoc } from './import-state.js';
import { resolveLateControl } from './late-control.js';
import type { Note } from './notes.js';
import { readSection } from './read-section.js';
import { readAcquaintanceSheet } from './recognise/acquaintance.js';
import { withApproveClauses } from './recognise/approve-clauses.js';
import { createPeopleBook } from './recognise/people.js';

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
  };
  const documents: PlanDoc[] = [];
  let order: PlanDoc | undefined;
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
      doc.id = `appendix-${((order.appendices as string[] | undefined)?.length ?? 0) + 1}`;
      order.appendices = [...((order.appendices as string[] | undefined) ?? []), doc.id];
    }
    if (s === 0 || doc.type === 'order') doc.id = doc.id ?? `${doc.type}-${documents.length + 1}`;
    documents.push(doc);
  });
  // The appendices are known now: an order's clauses that approve one become `approve:` (approve-clauses.ts).
  const composed = documents
    .map((doc, d) => resolveLateControl(doc, ['documents', d], state))
    .map((doc) => (doc.type === 'order' ? withApproveClauses(doc, documents) : doc));
  if (!state.organization.name)
    state.notes.push({
      path: ['organization', 'name'],
      text: state.organization.short_name ? importText.organizationShortOnly : importText.organizationUnknown,
    });
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
