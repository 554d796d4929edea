import { isMap, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import { writeNumbered } from './numbered-cell.js';
import { writeResponsible } from './responsible-write.js';
import { createCellReader } from './roadmap-cells.js';
import { type ItemNode, readRoadmap } from './roadmap-items.js';
import { writePlanTerm } from './term-write.js';
import { createLineFinder } from './text-lines.js';
import { toYamlScalar } from './yaml-scalar.js';

export { toYamlScalar };

/**
 * A roadmap's items as rows of a table, read from the plan's text, and the edits of that table as edits of the text:
 * only the characters of the changed value (or one inserted line) change, so the user's comments, order and
 * formatting stay as they were.
 */
export const rowColumns = ['activity', 'term', 'responsible', 'result'] as const;
export type RowColumn = (typeof rowColumns)[number];

/**
 * A value as the table shows it; only a single scalar can be edited there. `lines`: the first and last line of the
 * plan's text it is written on, its key's line first (the plan's check names a mistake in it by one of them).
 */
export type RowCell = {
  readonly text: string;
  readonly editable: boolean;
  readonly lines?: readonly [number, number];
};
/**
 * A row of the table: a stage's heading, or an item — `index` its place among the roadmap's items (what the edits
 * below take), `number` the one its document gives it («1.1»; '' where only stages are numbered).
 */
export type RoadmapRow =
  | { readonly kind: 'stage'; readonly text: string }
  | {
      readonly kind: 'item';
      readonly index: number;
      readonly number: string;
      readonly depth: number;
      readonly cells: Readonly<Record<RowColumn, RowCell>>;
    };
/** A value a cell did not take: why, and the name of nobody in people it holds (which people may be given). */
export type Refused = { readonly problem: string; readonly unknown?: string | undefined };
/** One change of the text, as an editor applies it. */
export type TextChange = { readonly from: number; readonly to: number; readonly insert: string };

/**
 * The rows of the roadmap with this id, as its document shows them: stage headings, and every item, nested ones too,
 * numbered; a person named by a key of `people` shows as the document names them («Белова И.С.»), a term as the
 * document prints it («сентябрь – декабрь 2025 г.»), and a stage's heading with its term, as its row in the document.
 */
export function listRows(text: string, id: string): RoadmapRow[] | undefined {
  const roadmap = readRoadmap(text, id);
  if (roadmap === undefined) return undefined;
  const show = createCellReader(roadmap.document, roadmap.people);
  const lineOf = createLineFinder(text);
  const rows: RoadmapRow[] = [];
  let stages = 0;
  const addHeadingsUpTo = (stage: number) => {
    for (; stages <= stage && stages < roadmap.stages.length; stages++)
      rows.push({ kind: 'stage', text: roadmap.stages[stages]! });
  };
  roadmap.items.forEach((item, index) => {
    if (item.stage !== undefined) addHeadingsUpTo(item.stage);
    const cells = Object.fromEntries(
      rowColumns.map((key) => {
        const pair = item.item.map.items.find((p) => isScalar(p.key) && p.key.value === key) as
          | Pair<Node, Node | null>
          | undefined;
        const start = pair?.key.range?.[0];
        const end = pair?.value?.range?.[1] ?? pair?.key.range?.[1];
        const lines =
          start === undefined || end === undefined
            ? undefined
            : [lineOf(start), lineOf(Math.max(start, end - 1))];
        return [key, { ...show(key, pair?.value ?? undefined), ...(lines && { lines }) }];
      }),
    );
    rows.push({
      kind: 'item',
      index,
      number: item.number,
      depth: item.depth,
      cells: cells as Record<RowColumn, RowCell>,
    });
  });
  addHeadingsUpTo(roadmap.stages.length - 1); // stages with no items yet
  return rows;
}

/**
 * Sets a cell: replaces the value's own characters (a term or a list of people written over several lines: the
 * whole value, written on the key's line), or adds `key: value` as the item's last line. A term goes back in the
 * plan's form (term-write.ts), people as their keys (responsible-write.ts), a text typed as «1) …, 2) …» as a
 * numbered list (numbered-cell.ts); a name of nobody in people is refused with the message to show at the cell, and
 * the name, which the cell offers to add to people (person-add.ts).
 */
export function setCell(
  text: string,
  id: string,
  row: number,
  key: RowColumn,
  value: string,
): TextChange | Refused | undefined {
  const roadmap = readRoadmap(text, id);
  const item = roadmap?.items[row]?.item;
  if (roadmap === undefined || item === undefined) return undefined;
  const people = roadmap.people as Parameters<typeof writeResponsible>[1];
  const responsible = key === 'responsible' ? writeResponsible(value, people) : undefined;
  if (responsible !== undefined && 'problem' in responsible) return responsible;
  const written =
    responsible?.yaml ??
    (key === 'term'
      ? writePlanTerm(value)
      : ((key === 'result' || key === 'activity') && writeNumbered(value)) || toYamlScalar(value));
  const pair = item.map.items.find((p) => isScalar(p.key) && p.key.value === key);
  const node = pair?.value as Node | null | undefined;
  if (node?.range) {
    if (isScalar(node)) return { from: node.range[0], to: node.range[1], insert: written };
    const keyEnd = (pair!.key as Node).range?.[1];
    if (keyEnd === undefined) return undefined;
    return { from: keyEnd, to: text.slice(0, node.range[1]).trimEnd().length, insert: `: ${written}` };
  }
  if (pair !== undefined) return undefined; // `key:` with nothing after it: edited in the text
  const last = item.map.items.at(-1);
  const end = (last?.value as Node | undefined)?.range?.[1];
  const first = item.map.range?.[0];
  if (end === undefined || first === undefined) return undefined;
  return {
    from: end,
    to: end,
    insert: `\n${' '.repeat(columnOf(text, first))}${key}: ${written}`,
  };
}

/**
 * Adds an item after the roadmap's last row, at its level, its activity empty: `- activity: ""`. The plan's check
 * reports an empty activity until it is written, so a row left empty is never printed as a placeholder. Where the
 * list's items are parted by a blank line, so is the new one: moved with ↑, it finds its blank line in place.
 */
export function addRow(text: string, id: string): TextChange | undefined {
  const last = findItems(text, id)?.at(-1);
  const start = last?.map.range?.[0];
  const end = last?.map.range?.[1];
  if (last === undefined || start === undefined || end === undefined) return undefined;
  const column = columnOf(text, start);
  const lineEnd = text.lastIndexOf('\n', end - 1) === end - 1 ? end - 1 : end;
  const before = last.list.items[last.list.items.indexOf(last.map) - 1];
  const gap = isMap(before) ? textBetween(text, before, last.map) : '';
  return {
    from: lineEnd,
    to: lineEnd,
    insert: `${/\n[ \t]*\n/.test(gap) ? '\n' : ''}\n${' '.repeat(column - 2)}- activity: ""`,
  };
}

/** The text between two items of a list: the line break, blank lines and comments that part them. */
function textBetween(text: string, first: YAMLMap, second: YAMLMap): string {
  const a = spanOf(text, first);
  const b = spanOf(text, second);
  return a === undefined || b === undefined ? '' : text.slice(a.to, b.from);
}

/**
 * Moves an item one place up (-1) or down (1) among the items of its list, with its nested items: the two items'
 * texts change places, the text between them (blank lines, comments) stays. None at either end of the list.
 */
export function moveRow(text: string, id: string, row: number, direction: -1 | 1): TextChange | undefined {
  const item = findItems(text, id)?.[row];
  if (item === undefined) return undefined;
  const at = item.list.items.indexOf(item.map);
  const other = item.list.items[at + direction];
  if (!isMap(other)) return undefined;
  const [first, second] = direction === -1 ? [other, item.map] : [item.map, other];
  const a = spanOf(text, first);
  const b = spanOf(text, second);
  if (a === undefined || b === undefined) return undefined;
  const insert = text.slice(b.from, b.to) + text.slice(a.to, b.from) + text.slice(a.from, a.to);
  return { from: a.from, to: b.to, insert };
}

/** An item's text from its `-` to its last character (no line break). */
function spanOf(text: string, map: YAMLMap): { from: number; to: number } | undefined {
  const [start, end] = map.range ?? [];
  if (start === undefined || end === undefined) return undefined;
  const dash = text.lastIndexOf('-', start - 1);
  return { from: dash, to: text.slice(0, end).trimEnd().length };
}

/** The roadmap's items in its order, as the edits take them (`row`: RoadmapRow's `index`). */
function findItems(text: string, id: string): ItemNode[] | undefined {
  return readRoadmap(text, id)?.items.map((numbered) => numbered.item);
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
