import { type Document, isMap, isSeq, type Node, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { type NumberedItem, numberItems, numberStageItems } from '../kinds/roadmap/numbering.js';
import type { RoadmapTable } from '../kinds/roadmap/schema.js';
import { toStageHeading } from '../kinds/roadmap/stage-label.js';
import { listDocuments } from './plan-tabs.js';
import { readPeople } from './roadmap-cells.js';
import { readDateStyle, showTerm } from './term-cell.js';

/** An item of a roadmap as its text holds it: its map, the list it is in, and the items nested in it. */
export type ItemNode = { readonly map: YAMLMap; readonly list: YAMLSeq; readonly items: readonly ItemNode[] };
/** An item in the roadmap's order, numbered as its document numbers it; `stage`: the stage it is in (from 0). */
export type Item = NumberedItem<ItemNode> & { readonly stage?: number | undefined };
/**
 * A roadmap read from a plan's text: its items in order, and the heading of each stage as the document's stage row
 * reads («1. Подготовительный этап (сентябрь – декабрь 2025 г.)»).
 */
export type RoadmapItems = {
  readonly document: Document;
  /** The people its rows name: the plan's, and a network partner's own for the partner's tab. */
  readonly people: ReturnType<typeof readPeople>;
  readonly items: readonly Item[];
  readonly stages: readonly string[];
};

/**
 * The roadmap with this id, read from the plan's text as it is (the studio's table of rows, roadmap-rows.ts): every item
 * with the ones nested in it, numbered by the code that numbers the document's rows (kinds/roadmap/numbering.ts), so
 * that the table reads 1., 1.1, 1.1.1 as the pages do. None when there is no such roadmap. A network partner's tab
 * (`school91/roadmap-1`) has the plan's roadmap: the partners share the plan's documents, their rows too.
 */
export function readRoadmap(text: string, tab: string): RoadmapItems | undefined {
  const document = parseDocument(text);
  const slash = tab.lastIndexOf('/');
  const id = tab.slice(slash + 1);
  // By the id the build gives it: its own, or «roadmap-1» for a roadmap without one.
  const roadmap = listDocuments(document.get('documents', true)).find((d) => d.id === id)?.map;
  if (roadmap === undefined || roadmap.get('type') !== 'roadmap') return undefined;
  // As the plan writes them; a value the schema refuses numbers as the default does until it is fixed.
  const table = {
    numbering: roadmap.get('numbering'),
    number_style: roadmap.get('number_style'),
  } as Pick<RoadmapTable, 'numbering' | 'number_style'>;
  const items: Item[] = numberItems(toNodes(roadmap.get('items', true)), [], table.number_style);
  const stages: string[] = [];
  const stageList = roadmap.get('stages', true);
  for (const stage of isSeq(stageList) ? stageList.items : []) {
    if (!isMap(stage)) continue;
    const s = stages.length;
    const title = String(stage.get('title') ?? '');
    const term = showTerm((stage.get('term', true) as Node | undefined)?.toJSON(), readDateStyle(document));
    stages.push(toStageHeading(s, title, roadmap.get('stage_word') as boolean | undefined, term));
    const nodes = toNodes(stage.get('items', true));
    // `numbering: continuous` goes on from the items of the stages before.
    const before = items.filter((item) => item.stage !== undefined && item.depth === 0).length;
    for (const item of numberStageItems(nodes, s, table, before)) items.push({ ...item, stage: s });
  }
  const people = readPeople(document, slash === -1 ? undefined : tab.slice(0, slash));
  return { document, people, items, stages };
}

function toNodes(list: unknown): ItemNode[] {
  if (!isSeq(list)) return [];
  return list.items.filter(isMap).map((map) => ({ map, list, items: toNodes(map.get('items', true)) }));
}
