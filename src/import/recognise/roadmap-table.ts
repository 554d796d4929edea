import { columnDefaults, type StandardColumnKey, standardColumnKeys } from '../../kinds/roadmap/columns.js';
import { toStageTitle } from '../../kinds/roadmap/stage-label.js';
import { toLatinKey } from '../../language/latin-key.js';
import { importText } from '../../messages.js';
import type { DocRow, DocTable } from '../docx/blocks.js';
import type { Note, PlanPath } from '../notes.js';
import { readCellText } from './cell-value.js';
import { matchColumnTitle } from './column-titles.js';
import { spreadMergedCells } from './merged-cells.js';
import type { PeopleBook } from './people.js';
import { type Column, type Entry, readEntries } from './roadmap-entries.js';

type Item = Record<string, unknown>;
type TreeItem = { values: Item; children: TreeItem[]; notes: Entry['notes']; number: string };
type TreeStage = { entry: Extract<Entry, { kind: 'stage' }>; items: TreeItem[] };
export type RoadmapTableData = Record<string, unknown>;

const isStandard = (key: string): key is StandardColumnKey =>
  standardColumnKeys.includes(key as StandardColumnKey);
const toRowTexts = (row: DocRow) => row.cells.map((c) => readCellText(c).replace(/\n/g, ' '));
const isColumnNumbers = (row: DocRow, n: number) =>
  row.cells.length === n && toRowTexts(row).every((t, i) => t === String(i + 1));

/** The columns a header names, if it names a roadmap: a «№» column and a column of activities. */
export function readRoadmapColumns(table: DocTable): Column[] | undefined {
  const header = table.rows[0];
  if (!header || header.cells.length !== table.columns || header.cells.some((c) => c.colSpan !== 1))
    return undefined;
  const used = new Set<string>();
  const columns = header.cells.map((cell): Column => {
    const title = readCellText(cell).replace(/\n/g, ' ');
    const standard = matchColumnTitle(title);
    const key = standard && !used.has(standard) ? standard : toLatinKey(title, used);
    used.add(key);
    return { key, title };
  });
  return used.has('number') && used.has('activity') ? columns : undefined;
}

/**
 * A roadmap table → the plan's table keys (columns, column_titles, column_numbers, items or stages with
 * stage_layout and numbering) and notes on every guess, with paths inside the returned data.
 */
export function readRoadmapTable(
  table: DocTable,
  book: PeopleBook,
): { data: RoadmapTableData; notes: Note[] } | undefined {
  const columns = readRoadmapColumns(table);
  if (!columns) return undefined;
  const header = toRowTexts(table.rows[0]!).join('|');
  // A merged «Ответственный» (or any value) applies to each row it spans; a merged stage or «№» marks the stage.
  const kept = new Set(columns.flatMap((c, i) => (c.key === 'stage' || c.key === 'number' ? [i] : [])));
  let rows = spreadMergedCells(table.rows.slice(1), kept);
  const columnNumbers = rows[0] !== undefined && isColumnNumbers(rows[0], table.columns);
  rows = rows.filter((r) => toRowTexts(r).join('|') !== header && !isColumnNumbers(r, table.columns));
  const { entries, byStage } = readEntries(rows, table, columns, book);
  const { top, stages } = nestEntries(entries);
  const notes: Note[] = [];
  const data: RoadmapTableData = {
    columns: columns.map((c) => (isStandard(c.key) ? c.key : { key: c.key, title: c.title })),
  };
  const titles = columns.filter(
    (c) => isStandard(c.key) && columnDefaults[c.key as StandardColumnKey].title !== c.title,
  );
  if (titles.length > 0) data.column_titles = Object.fromEntries(titles.map((c) => [c.key, c.title]));
  if (columnNumbers) data.column_numbers = true;
  const stageColumn = columns.some((c) => c.key === 'stage');
  if (stages.length === 0) {
    data.items = top.map((item, i) => toItem(item, ['items', i], notes, [i + 1]));
    return { data, notes };
  }
  if (stageColumn) data.stage_layout = 'column';
  const unnumbered = entries.every((e) => e.kind === 'stage' || e.depth === undefined);
  const byStages = byStage || (!stageColumn && unnumbered);
  if (byStages) data.numbering = 'stages';
  // Items numbered anew in each stage («1.» opening a later stage) keep their numbers: numbering: restart.
  const restarts =
    !byStages && stages.some((stage, s) => s > 0 && /^1\.?$/.test(stage.items[0]?.number ?? ''));
  if (restarts) data.numbering = 'restart';
  // Items numbered on across the stages («4.» opening the second stage after three): numbering: continuous.
  const continues = !byStages && !restarts && isContinuous(top, stages);
  if (continues) data.numbering = 'continuous';
  let before = 0;
  // Rows above the first stage row go into the first stage, with a note: nothing of the table is dropped.
  if (top.length > 0) notes.push({ path: ['stages', 0], text: importText.itemsBeforeStage(top.length) });
  data.stages = stages.map((stage, s) => {
    const path = ['stages', s];
    const items = s === 0 ? [...top, ...stage.items] : stage.items;
    notes.push(...stage.entry.notes.map((n) => ({ path: n.key ? [...path, n.key] : path, text: n.text })));
    if (items.length === 0) notes.push({ path, text: importText.stageEmpty });
    const planStage = {
      title: stage.entry.title,
      ...(stage.entry.term !== undefined && { term: stage.entry.term }),
      items:
        items.length > 0
          ? items.map((item, i) => {
              // gramota's numbers: «1.1» under stage 1, «1.» again in each stage (restart) or on (continuous).
              const counts = byStages
                ? undefined
                : restarts
                  ? [i + 1]
                  : continues
                    ? [before + i + 1]
                    : [s + 1, i + 1];
              return toItem(item, [...path, 'items', i], notes, counts);
            })
          : [{ activity: '' }],
    };
    before += items.length;
    return planStage;
  });
  // A stage column's titles as the document has them: gramota names a stage «Аналитико-концептуальный этап» unless
  // told not to, and the document wrote «Аналитико-концептуальный». «I этап. Подготовительный» has the word, which
  // went with the number: gramota's «1. Подготовительный этап» keeps it.
  const wordless = (entry: TreeStage['entry']) =>
    !entry.worded && toStageTitle(entry.title, undefined) !== entry.title;
  if (stageColumn && stages.some((stage) => wordless(stage.entry))) data.stage_word = false;
  return { data, notes };
}

/** Whether each later stage's first item goes on from the items before it («4.» after three), not anew. */
function isContinuous(top: readonly TreeItem[], stages: readonly TreeStage[]): boolean {
  let before = top.length;
  let later = 0;
  for (const [s, stage] of stages.entries()) {
    const first = stage.items[0]?.number.replace(/\.$/, '');
    if (s > 0 && first !== undefined) {
      if (first !== String(before + 1)) return false;
      later += 1;
    }
    before += stage.items.length;
  }
  return later > 0;
}

/** An item of the plan with its notes placed; `counts` is the number gramota gives it (none: unnumbered). */
function toItem(item: TreeItem, path: PlanPath, notes: Note[], counts: number[] | undefined): Item {
  notes.push(...item.notes.map((n) => ({ path: n.key ? [...path, n.key] : path, text: n.text })));
  const printed = counts && (counts.length === 1 ? `${counts[0]}.` : counts.join('.'));
  if (printed && item.number !== '' && item.number.replace(/\.$/, '') !== printed.replace(/\.$/, ''))
    notes.push({ path, text: importText.numberChanged(item.number, printed) });
  const children = item.children.map((c, i) =>
    toItem(c, [...path, 'items', i], notes, counts && [...counts, i + 1]),
  );
  return { ...item.values, ...(children.length > 0 && { items: children }) };
}

/** Items under stages and parents by their depth; an item deeper than its place allows goes one level down. */
function nestEntries(entries: readonly Entry[]): { top: TreeItem[]; stages: TreeStage[] } {
  const top: TreeItem[] = [];
  const stages: TreeStage[] = [];
  let stack: TreeItem[][] = [top];
  for (const entry of entries) {
    if (entry.kind === 'stage') {
      stages.push({ entry, items: [] });
      stack = [stages.at(-1)!.items];
      continue;
    }
    const wanted = entry.depth ?? 0;
    const depth = Math.min(wanted, stack.length - 1);
    const notes = depth < wanted ? [...entry.notes, { text: importText.numberSkipsLevel }] : entry.notes;
    const item: TreeItem = { values: entry.values, children: [], notes, number: entry.number };
    stack[depth]!.push(item);
    stack = [...stack.slice(0, depth + 1), item.children];
  }
  return { top, stages };
}
