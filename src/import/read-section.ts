import { importText } from '../messages.js';
import { applyStamps } from './apply-stamps.js';
import { joinContinuedTables } from './continued-tables.js';
import type { DocBlock, DocParagraph, DocSection, DocTable } from './docx/blocks.js';
import type { ImportState, PlanDoc } from './import-state.js';
import { type PlanPath, placeNotes } from './notes.js';
import { isHeading, readBlocks } from './recognise/document-body.js';
import { joinMarkParagraphs } from './recognise/mark-paragraphs.js';
import { isOrder, readOrder } from './recognise/order.js';
import { isOrganizationLine, orgPattern, toOneLine } from './recognise/organization.js';
import { readPassportTable } from './recognise/passport.js';
import { readProjectHead } from './recognise/project-head.js';
import { isRegulation, readRegulation, toRegulationTitle } from './recognise/regulation.js';
import { readRoadmapTable } from './recognise/roadmap-table.js';
import { readBracketedShortName } from './recognise/short-name.js';
import { isStampBlock, readStamps, toStampLines } from './recognise/stamps.js';
import { readTabStamps } from './recognise/tab-stamps.js';
import { countTitleLines } from './recognise/title-lines.js';

/** What follows the stamps of a section: its title, what stands above it, what comes after it. */
type Parts = {
  readonly doc: PlanDoc;
  readonly title: string;
  readonly head: readonly DocBlock[];
  readonly after: readonly DocBlock[];
  readonly orgLine: string | undefined;
  readonly landscape: boolean;
  readonly path: PlanPath;
};

/** One section → one plan document: an order, a roadmap, a regulation, a passport, else a free document. */
export function readSection(
  section: DocSection,
  state: ImportState,
  path: PlanPath,
  order: PlanDoc | undefined,
): PlanDoc {
  let blocks = section.blocks.filter((b) => !(b.kind === 'paragraph' && b.text.trim() === '' && !b.marker));
  const stampBlocks: DocBlock[] = [];
  // Stamps side by side are a borderless table, or lines with tabs between them (tab-stamps.ts).
  const tabStamps = readTabStamps(blocks);
  if (tabStamps) blocks = blocks.slice(tabStamps.taken);
  else
    while (blocks[0] && isStampBlock(blocks[0])) {
      // «Приложение № 2» ⏎ «к приказу …» ⏎ «от … № …» typed as paragraphs is one mark.
      const mark = joinMarkParagraphs(blocks);
      stampBlocks.push(mark?.block ?? blocks[0]);
      blocks = blocks.slice(mark?.taken ?? 1);
    }
  const stamps = [...(tabStamps?.columns ?? []), ...stampBlocks.flatMap(toStampLines)].flatMap((lines) =>
    readStamps(lines, state.book, state.datesInWords ? 'words' : 'numeric'),
  );
  const pictures = blocks
    .flatMap((b) =>
      b.kind === 'paragraph' ? [b] : b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs)),
    )
    .reduce((n, p) => n + p.pictures, 0);
  if (pictures > 0) state.notes.push({ path, text: importText.picturesDropped(pictures) });
  const joined = joinContinuedTables(blocks);
  blocks = joined.blocks;
  if (isOrder(blocks)) {
    const read = readOrder(blocks, state.book);
    if (read.parentBody && !state.organization.name)
      state.notes.push({ path: ['organization', 'name'], text: importText.parentBodyLeft(read.parentBody) });
    state.organization = { ...read.organization, ...state.organization };
    if (read.datesInWords) state.datesInWords = true;
    state.appendixLists.set(Number(path[1]), read.appendixList);
    state.notes.push(...placeNotes(read.notes, path));
    return read.order;
  }
  const doc = applyStamps({}, stamps, state, path, order);
  if (joined.note) state.notes.push({ path, text: joined.note });
  const titleAt = findTitle(blocks);
  if (titleAt < 0) state.notes.push({ path: [...path, 'title'], text: importText.titleGuess });
  const before = blocks.slice(0, Math.max(titleAt, 0)) as DocParagraph[];
  const orgLine =
    before.length === 1 && orgPattern.test(before[0]!.text) ? toOneLine(before[0]!.text) : undefined;
  if (orgLine && !state.organization.name) {
    state.organization.name = orgLine;
    if (!order) state.notes.push({ path: ['organization', 'name'], text: importText.organizationGuess });
  }
  // «Дорожная карта» ⏎ «по внедрению …»: the title's lines, centred and bold alike, are one title.
  const titleEnd = titleAt + 1 + (titleAt >= 0 ? countTitleLines(blocks, titleAt) : 0);
  const titleLines = blocks.slice(Math.max(titleAt, 0), titleEnd) as DocParagraph[];
  // «Календарный план …» ⏎ «МБОУ «СОШ № 12» г.о. Сызрань»: the line under the title names the organization; it
  // stays where it stands (a centred line over the table), and the plan has its name.
  const under = blocks[titleEnd];
  if (titleAt >= 0 && !orgLine && !state.organization.name && isOrganizationUnder(under)) {
    state.organization.name = toOneLine(under.text);
    state.notes.push({ path: ['organization', 'name'], text: importText.organizationUnderTitle });
  }
  const parts: Parts = {
    doc,
    title: titleAt >= 0 ? titleLines.map((p) => p.text.trim()).join('\n') : 'Документ',
    head: orgLine && state.organization.name === orgLine ? [] : before,
    after: blocks.slice(titleEnd),
    orgLine,
    landscape: section.landscape,
    path,
  };
  return (
    readRoadmap(parts, state) ??
    readRegulationDoc(parts, state) ??
    readPassport(parts, state) ??
    readDocument(parts, state)
  );
}

function readRoadmap(parts: Parts, state: ImportState): PlanDoc | undefined {
  const table = parts.after.at(-1);
  const tables = parts.after.filter((b) => b.kind === 'table');
  if (table?.kind !== 'table' || tables.length !== 1 || parts.head.length > 0) return undefined;
  const roadmap = readRoadmapTable(table, state.book);
  const read = readBlocks(parts.after.slice(0, -1), state.book, parts.landscape ? 'landscape' : 'portrait');
  if (!roadmap || !read.body.every((b) => 'paragraph' in b || 'heading' in b)) return undefined;
  const intro = readProjectHead(read.body);
  state.notes.push(
    ...placeNotes(roadmap.notes, parts.path),
    ...placeNotes([...read.notes, ...intro.notes], [...parts.path, 'intro']),
  );
  return {
    type: 'roadmap',
    ...parts.doc,
    title: parts.title,
    ...(parts.landscape ? {} : { orientation: 'portrait' }),
    ...(parts.orgLine && { show_organization: readBracketedShortName(parts.orgLine) ? 'both' : 'full' }),
    ...(intro.body.length > 0 && { intro: intro.body }),
    ...roadmap.data,
  };
}

function readRegulationDoc(parts: Parts, state: ImportState): PlanDoc | undefined {
  // «ПОЛОЖЕНИЕ» and «о …» may be two paragraphs.
  const next = parts.after[0];
  const split = next?.kind === 'paragraph' && !next.marker && /^(о|об)\s/.test(next.text.trim());
  const title = split ? `${parts.title} ${next.text.trim()}` : parts.title;
  const body = split ? parts.after.slice(1) : parts.after;
  if (parts.head.length > 0 || !isRegulation(title, body)) return undefined;
  const { sections, notes } = readRegulation(body);
  state.notes.push(...placeNotes(notes, parts.path));
  const orientation = parts.landscape ? { orientation: 'landscape' } : {};
  return { type: 'regulation', ...parts.doc, title: toRegulationTitle(title), ...orientation, sections };
}

function readPassport(parts: Parts, state: ImportState): PlanDoc | undefined {
  const [table] = parts.after;
  if (parts.after.length !== 1 || table?.kind !== 'table' || parts.head.length > 0) return undefined;
  const passport = readPassportTable(table as DocTable, parts.title, state.book);
  const orientation = parts.landscape ? { orientation: 'landscape' } : {};
  return passport && { type: 'passport', ...parts.doc, title: parts.title, ...orientation, ...passport };
}

function readDocument(parts: Parts, state: ImportState): PlanDoc {
  const full = readBlocks(
    [...parts.head, ...parts.after],
    state.book,
    parts.landscape ? 'landscape' : 'portrait',
  );
  const head = readProjectHead(full.body);
  state.notes.push(...placeNotes([...full.notes, ...head.notes], [...parts.path, 'body']));
  const orientation = parts.landscape ? { orientation: 'landscape' } : {};
  const body = head.body.length > 0 ? head.body : [{ paragraph: '' }];
  const contents = full.contents ? { contents: true } : {};
  return { type: 'document', ...parts.doc, title: parts.title, ...orientation, ...contents, body };
}

/** The document's title: a title style, else the first centred or bold line, else the first line. */
function findTitle(blocks: readonly DocBlock[]): number {
  const styled = blocks.findIndex(
    (b) => b.kind === 'paragraph' && /title|заголовок документа|название/i.test(b.style),
  );
  if (styled >= 0) return styled;
  const firstTable = blocks.findIndex((b) => b.kind === 'table');
  const head = firstTable < 0 ? blocks : blocks.slice(0, firstTable);
  // An organization's line is no title, but «ПОЛОЖЕНИЕ⏎о школьной службе…» (one paragraph) is, «школ» or not.
  const marked = head.findIndex(
    (b) => b.kind === 'paragraph' && (b.align === 'center' || isHeading(b)) && !isOrganizationLine(b.text),
  );
  if (marked >= 0) return marked;
  return head.length > 0 ? head.length - 1 : -1;
}

/** A line under the title that names the organization: a paragraph of its own, opening with a capital. */
function isOrganizationUnder(block: DocBlock | undefined): block is DocParagraph {
  if (block?.kind !== 'paragraph' || block.marker) return false;
  return /^\p{Lu}/u.test(block.text.trim()) && isOrganizationLine(block.text);
}
