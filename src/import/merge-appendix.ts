import { type Document, isMap, isScalar, isSeq, type LineCounter, type Node, type YAMLMap } from 'yaml';
import { importText } from '../messages.js';
import { readStandInNumber } from '../plan/check-stand-ins.js';
import { marker } from './emit-yaml.js';
import type { PlanDoc } from './import-state.js';
import { findStandInNamed } from './link-plan-appendices.js';
import type { MergedParts } from './merge-renames.js';
import type { Note } from './notes.js';
import { columnAt, findLineAfter, type Insertion } from './splice-yaml.js';

type OrderEntry = { readonly date?: unknown; readonly number?: unknown };
type Cited = { readonly order?: unknown; readonly number?: unknown };

/**
 * An imported appendix of an order the plan holds (same number; date the same or not given): «Приложение 1 к
 * приказу … № 245-о» is attached to that order as the order's own import would have — the order's `appendices` get
 * it at the place its mark gives (in place of the stand-in the order's import left there, whose id it takes: the
 * order's `approve` keeps pointing at it), its mark is gramota's to write and its stamp `approval: { order }` of
 * the plan's order, and no `orders:` entry is added for it. `edits`: the plan's text changed for it.
 */
export function attachPlanAppendices(
  doc: Document,
  text: string,
  lines: LineCounter,
  parts: MergedParts,
): { parts: MergedParts; edits: Insertion[]; notes: Note[] } {
  const plan = doc.toJS() as { documents?: PlanDoc[] };
  const own = Array.isArray(plan.documents) ? plan.documents : [];
  const lists = new Map<string, string[]>();
  const standIns: string[] = [];
  const notes: Note[] = [];
  const documents = parts.documents.map((imported, d) => {
    const mark = imported.appendix_to as Cited | undefined;
    const stamp = imported.approval as Cited | undefined;
    const ref = [mark?.order, stamp?.order].find((r) => typeof r === 'string' && r in parts.orders) as
      | string
      | undefined;
    const cited = ref === undefined ? undefined : (parts.orders[ref] as OrderEntry);
    const byRef = cited && own.find((o) => o.type === 'order' && isSameOrder(o, cited));
    // No mark, but the title a plan's order gives a stand-in of its own (the roadmap of «(приложение 2)»).
    const named = byRef ? undefined : findStandInNamed(imported, own, standIns);
    const order = byRef ?? named?.order;
    if (!order || typeof order.id !== 'string') return imported;
    const listed = lists.get(order.id) ?? [...((order.appendices as string[] | undefined) ?? [])];
    const marked = ref !== undefined && mark?.order === ref && typeof mark?.number === 'number';
    const number = marked ? (mark.number as number) : named?.number;
    const at = Math.min(number === undefined ? listed.length : number - 1, listed.length);
    const standIn = own.find((o) => o.id === listed[at]);
    // Only the stand-in as the import wrote it, nothing of hers added, gives its place to the appendix.
    const untouched = Array.isArray(standIn?.body) && standIn.body.length === 1;
    const replaces = number !== undefined && untouched && readStandInNumber(standIn) === number;
    const id = replaces ? (listed[at] as string) : (imported.id as string);
    if (replaces) standIns.push(id);
    else listed.splice(at, 0, id);
    lists.set(order.id, listed);
    notes.push({ path: ['documents', d], text: importText.mergedAppendix(at + 1, order.id, replaces) });
    const { appendix_to: _mark, approval: _stamp, ...rest } = imported;
    const approval = stamp && {
      ...stamp,
      ...(ref !== undefined && stamp.order === ref && { order: order.id }),
    };
    return { ...rest, id, ...(approval && { approval }) };
  });
  const cites = (id: string) =>
    documents.some((d) => [d.appendix_to, d.approval].some((c) => (c as Cited | undefined)?.order === id));
  const orders = Object.fromEntries(Object.entries(parts.orders).filter(([id]) => cites(id)));
  const edits = [
    ...standIns.map((id) => toRemoval(doc, text, id)),
    ...[...lists].map(([id, listed]) => toAppendicesEdit(doc, text, lines, id, listed)),
  ].filter((e): e is Insertion => e !== undefined);
  return { parts: { ...parts, documents, orders }, edits, notes };
}

function isSameOrder(order: PlanDoc, cited: OrderEntry): boolean {
  const dated =
    order.date === undefined || cited.date === undefined || String(order.date) === String(cited.date);
  return order.number !== undefined && String(order.number) === String(cited.number) && dated;
}

/** The plan's document of this id, a map item of `documents`. */
function findDocNode(doc: Document, id: string): YAMLMap<Node, Node> | undefined {
  const seq = doc.get('documents', true);
  if (!isSeq(seq)) return undefined;
  return seq.items.find((item): item is YAMLMap<Node, Node> => isMap(item) && item.get('id') === id);
}

/** The stand-in's lines taken out, with the «# импорт:» comments right above it. */
function toRemoval(doc: Document, text: string, id: string): Insertion | undefined {
  const node = findDocNode(doc, id);
  if (!node?.range) return undefined;
  let at = text.lastIndexOf('\n', node.range[0] - 1) + 1;
  for (;;) {
    const previous = text.lastIndexOf('\n', at - 2) + 1;
    if (at === 0 || !text.slice(previous, at).trim().startsWith(`# ${marker}`)) break;
    at = previous;
  }
  return { at, end: findLineAfter(text, node.range[1]), text: '' };
}

/** The order's `appendices` written anew (`[a, b]`), or added under its last line. */
function toAppendicesEdit(
  doc: Document,
  text: string,
  lines: LineCounter,
  id: string,
  listed: readonly string[],
): Insertion | undefined {
  const node = findDocNode(doc, id);
  if (!node?.range) return undefined;
  const flow = `[${listed.join(', ')}]`;
  const pair = node.items.find((p) => isScalar(p.key) && p.key.value === 'appendices');
  const value = pair?.value;
  if (value?.range) {
    const end = findEnd(text, value.range[1]);
    // A block list («appendices:» and «- id» lines) becomes a flow one on the key's line.
    if (isSeq(value) && !value.flow) return { at: pair!.key.range![1], end, text: `: ${flow}` };
    return { at: value.range[0], end, text: flow };
  }
  const indent = ' '.repeat(columnAt(lines, node.items[0]!.key.range![0]));
  return { at: findLineAfter(text, node.range[1]), text: `${indent}appendices: ${flow}\n` };
}

/** The end of a value's own text: a block list's range runs on to the next key's line. */
function findEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return e;
}
