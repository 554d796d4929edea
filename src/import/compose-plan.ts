import { importText } from '../messages.js';
import { joinContinuedTables } from './continued-tables.js';
import type { DocBlock, DocParagraph, DocSection, DocTable } from './docx/blocks.js';
import { type Note, placeNotes } from './notes.js';
import { isHeading, readBody } from './recognise/document-body.js';
import { isOrder, readOrder } from './recognise/order.js';
import { readPassportTable } from './recognise/passport.js';
import { createPeopleBook, type PeopleBook } from './recognise/people.js';
import { readRoadmapTable } from './recognise/roadmap-table.js';
import { isStampBlock, type ReadStamp, readStamps, stampBlocksOf } from './recognise/stamps.js';

export type ComposedPlan = { readonly plan: Record<string, unknown>; readonly notes: Note[] };

type Doc = Record<string, unknown>;
type State = {
  organization: { name?: string; short_name?: string; city?: string };
  book: PeopleBook;
  notes: Note[];
};

const orgPattern = /учреждени|колледж|техникум|школ|гимнази|лице[йя]|университет|организаци|центр|сад\b/i;

/** Sections of a DOCX → a plan: each section one document; sections after an order are its appendices. */
export function composePlan(sections: readonly DocSection[]): ComposedPlan {
  const state: State = { organization: {}, book: createPeopleBook(), notes: [] };
  const documents: Doc[] = [];
  let order: Doc | undefined;
  sections.forEach((section, s) => {
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
  if (!state.organization.name)
    state.notes.push({ path: ['organization', 'name'], text: importText.organizationUnknown });
  const people = Object.fromEntries(state.book.entries());
  return {
    plan: {
      organization: {
        name: state.organization.name ?? 'Наименование организации',
        ...(state.organization.short_name && { short_name: state.organization.short_name }),
        ...(state.organization.city && { city: state.organization.city }),
      },
      ...(Object.keys(people).length > 0 && { people }),
      documents: documents.map(({ type, id, ...rest }) => ({
        type,
        ...(id !== undefined && { id }),
        ...rest,
      })),
    },
    notes: state.notes,
  };
}

function readSection(
  section: DocSection,
  state: State,
  path: (string | number)[],
  order: Doc | undefined,
): Doc {
  let blocks = section.blocks.filter((b) => !(b.kind === 'paragraph' && b.text.trim() === '' && !b.marker));
  const stampBlocks: DocBlock[] = [];
  while (blocks[0] && isStampBlock(blocks[0])) stampBlocks.push(blocks.shift()!);
  const stamps = stampBlocks.flatMap((b) =>
    stampBlocksOf(b).flatMap((lines) => readStamps(lines, state.book)),
  );
  const joined = joinContinuedTables(blocks);
  blocks = joined.blocks;
  if (isOrder(blocks)) {
    const read = readOrder(blocks, state.book);
    if (!state.organization.name && read.organization.name) state.organization.name = read.organization.name;
    if (!state.organization.city && read.organization.city) state.organization.city = read.organization.city;
    state.notes.push(...placeNotes(read.notes, path));
    return read.order;
  }
  const doc: Doc = applyStamps({}, stamps, state, path, order);
  if (joined.note) state.notes.push({ path, text: joined.note });
  const titleAt = findTitle(blocks);
  if (titleAt < 0) state.notes.push({ path: [...path, 'title'], text: importText.titleGuess });
  const title = titleAt >= 0 ? (blocks[titleAt] as DocParagraph).text.trim() : 'Документ';
  const before = blocks.slice(0, Math.max(titleAt, 0)) as DocParagraph[];
  const after = blocks.slice(titleAt + 1);
  const tables = after.filter((b) => b.kind === 'table');
  const roadmap = tables.length === 1 ? readRoadmapTable(tables[0] as never, state.book) : undefined;
  const lastIsTable = after.at(-1)?.kind === 'table';
  const orgLine =
    before.length === 1 && orgPattern.test(before[0]!.text) ? before[0]!.text.trim() : undefined;
  if (orgLine && !state.organization.name) {
    state.organization.name = orgLine;
    if (!order) state.notes.push({ path: ['organization', 'name'], text: importText.organizationGuess });
  }
  const head = orgLine && state.organization.name === orgLine ? [] : before;
  const bodyRead = readBody(
    [...head, ...after.slice(0, roadmap && lastIsTable ? -1 : undefined)],
    state.book,
  );
  if (
    roadmap &&
    lastIsTable &&
    head.length === 0 &&
    bodyRead.body.every((b) => 'paragraph' in b || 'heading' in b)
  ) {
    state.notes.push(...placeNotes(roadmap.notes, path), ...placeNotes(bodyRead.notes, [...path, 'intro']));
    return {
      type: 'roadmap',
      ...doc,
      title,
      ...(section.landscape ? {} : { orientation: 'portrait' }),
      ...(orgLine && { show_organization: 'full' }),
      ...(bodyRead.body.length > 0 && { intro: bodyRead.body }),
      ...roadmap.data,
    };
  }
  const passport =
    tables.length === 1 && after.length === 1 && head.length === 0
      ? readPassportTable(tables[0] as DocTable, title, state.book)
      : undefined;
  if (passport)
    return {
      type: 'passport',
      ...doc,
      title,
      ...(section.landscape ? { orientation: 'landscape' } : {}),
      ...passport,
    };
  const full = readBody([...head, ...after], state.book);
  state.notes.push(...placeNotes(full.notes, [...path, 'body']));
  if (full.body.length === 0) full.body.push({ paragraph: '' });
  return {
    type: 'document',
    ...doc,
    title,
    ...(section.landscape ? { orientation: 'landscape' } : {}),
    body: full.body,
  };
}

/** The document's title: a title style, else the first centred or bold line, else the first line. */
function findTitle(blocks: readonly DocBlock[]): number {
  const styled = blocks.findIndex(
    (b) => b.kind === 'paragraph' && /title|заголовок документа|название/i.test(b.style),
  );
  if (styled >= 0) return styled;
  const firstTable = blocks.findIndex((b) => b.kind === 'table');
  const head = firstTable < 0 ? blocks : blocks.slice(0, firstTable);
  const marked = head.findIndex(
    (b) => b.kind === 'paragraph' && (b.align === 'center' || isHeading(b)) && !orgPattern.test(b.text),
  );
  if (marked >= 0) return marked;
  return head.length > 0 ? head.length - 1 : -1;
}

function applyStamps(
  doc: Doc,
  stamps: readonly ReadStamp[],
  state: State,
  path: (string | number)[],
  order: Doc | undefined,
): Doc {
  const out = { ...doc };
  for (const stamp of stamps) {
    if (stamp.kind === 'byOrder' && stamp.org && !state.organization.short_name)
      state.organization.short_name = stamp.org;
  }
  for (const stamp of stamps) {
    if (stamp.kind === 'appendixMark') continue;
    if (stamp.kind === 'byOrder') {
      if (order) out.approval = { order: order.id };
      else state.notes.push({ path, text: importText.orderStampMissing });
      continue;
    }
    out[stamp.kind] = withoutOrganization(stamp.value, state);
    state.notes.push(...stamp.notes.map((text) => ({ path: [...path, stamp.kind], text })));
  }
  return out;
}

/** A council's stamp prints the organization after the council: «педагогического совета ГАПОУ «ЧПК»». */
function withoutOrganization(value: Record<string, unknown>, state: State): Record<string, unknown> {
  if (typeof value.council !== 'string') return value;
  const org = state.organization.short_name ?? state.organization.name;
  const council =
    org && value.council.endsWith(` ${org}`) ? value.council.slice(0, -org.length - 1) : value.council;
  return { ...value, council };
}
