import { isMap } from 'yaml';
import type { LoadedYaml } from '../../plan/load.js';
import { locate } from '../../plan/locate.js';
import { standardColumnKeys } from './columns.js';

type Path = (string | number)[];
type Map = Record<string, unknown>;

/** An item's key written after the list of items, at the indent of what holds that list. */
export type KeyAfterItems = {
  /** Path of the key itself. */
  readonly path: Path;
  readonly key: string;
  /** What YAML gave the key to: a stage, a roadmap document, or a roadmap table in a free document's body. */
  readonly owner: 'stage' | 'document' | 'table';
  /** The stage's title, when the owner is a stage. */
  readonly stage: string | undefined;
  /** The activity of the item the key was likely meant for: the last one above it. */
  readonly item: string | undefined;
  /** That item's first key and its column: where the key belongs. */
  readonly firstKey: string;
  readonly column: number;
};

const itemKeys: readonly string[] = standardColumnKeys.filter((key) => key !== 'number' && key !== 'stage');

/**
 * Keys an item accepts written after a roadmap's `items:`/`stages:` list, or after a stage's `items:`, in the
 * source's order. Enter after the last item's last key and a backspace too many put the next key at the indent of
 * `items:`: YAML then gives it to the stage (a `term` becomes the whole stage's term) or to the document.
 */
export function findKeysAfterItems(loaded: LoadedYaml): KeyAfterItems[] {
  const found: KeyAfterItems[] = [];
  for (const [path, table] of listTables(loaded.data)) {
    const custom = customKeys(table.columns);
    const owner = path.includes('body') ? 'table' : 'document';
    const stages = Array.isArray(table.stages) ? table.stages : [];
    const lastStage = stages.at(-1);
    const last = isPlain(lastStage)
      ? lastItem(lastStage.items, ['stages', stages.length - 1])
      : lastItem(table.items, []);
    found.push(...findAfter(loaded, path, table, owner, undefined, last, custom));
    stages.forEach((stage, s) => {
      if (!isPlain(stage)) return;
      const title = typeof stage.title === 'string' ? stage.title : undefined;
      const at = [...path, 'stages', s];
      found.push(...findAfter(loaded, at, stage, 'stage', title, lastItem(stage.items, []), custom));
    });
  }
  return found;
}

function findAfter(
  loaded: LoadedYaml,
  path: Path,
  map: Map,
  owner: KeyAfterItems['owner'],
  stage: string | undefined,
  last: { item: Map; at: Path } | undefined,
  custom: readonly string[],
): KeyAfterItems[] {
  const keys = Object.keys(map);
  const list = keys.findIndex((key) => key === 'items' || key === 'stages');
  const after = keys.slice(list + 1).filter((key) => itemKeys.includes(key) || custom.includes(key));
  const firstKey = last && Object.keys(last.item)[0];
  // Positions only now: a valid plan is read without them (plan/load-fast.ts).
  if (list < 0 || after.length === 0 || !last || firstKey === undefined) return [];
  const node = loaded.doc.getIn(path, true);
  if (isMap(node) && node.flow) return [];
  const { column } = locate(loaded, [...path, ...last.at, firstKey], true);
  const item = typeof last.item.activity === 'string' ? last.item.activity : undefined;
  return after.map((key) => ({ path: [...path, key], key, owner, stage, item, firstKey, column }));
}

/** The last item of a list, and its path from the list's holder. */
function lastItem(items: unknown, at: Path): { item: Map; at: Path } | undefined {
  if (!Array.isArray(items) || !isPlain(items.at(-1))) return undefined;
  return { item: items.at(-1) as Map, at: [...at, 'items', items.length - 1] };
}

/** Roadmap documents and the roadmap tables in free documents' bodies, with their paths. */
function listTables(data: unknown): [Path, Map][] {
  const documents = isPlain(data) && Array.isArray(data.documents) ? data.documents : [];
  return documents.flatMap((doc, i): [Path, Map][] => {
    if (!isPlain(doc)) return [];
    if (doc.type === 'roadmap') return [[['documents', i], doc]];
    const body = Array.isArray(doc.body) ? doc.body : [];
    return body.flatMap((block, b): [Path, Map][] =>
      isPlain(block) && isPlain(block.roadmap)
        ? [[['documents', i, 'body', b, 'roadmap'], block.roadmap]]
        : [],
    );
  });
}

function customKeys(columns: unknown): string[] {
  if (!Array.isArray(columns)) return [];
  return columns.flatMap((c) => (isPlain(c) && typeof c.key === 'string' ? [c.key] : []));
}

function isPlain(value: unknown): value is Map {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
