import { text } from '../messages.js';

type Path = readonly PropertyKey[];

/**
 * A required list of the plan left empty or out (`items: []`, no `clauses`), told as the part of the document that
 * has nothing — «у этапа «Основной» нет мероприятий» — with what to write; undefined for other values, which keep the
 * general message. `data` is the plan as read.
 */
export function describeEmptyPart(path: Path, data: unknown): string | undefined {
  const key = path.at(-1);
  const parent = path.at(-3);
  const owner = valueAt(data, path.slice(0, -1)) as Record<string, unknown> | undefined;
  switch (key) {
    case 'items':
      if (parent === 'stages') return text.stageWithoutItems(owner?.title);
      if (parent === 'items') return text.itemWithoutItems(owner?.activity);
      return text.roadmapWithoutItems;
    case 'stages':
      return text.roadmapWithoutStages;
    case 'columns':
      return owner !== undefined && 'rows' in owner ? text.tableWithoutColumns : text.columnsEmpty;
    case 'clauses':
      if (parent === 'sections') return text.sectionWithoutClauses(owner?.title);
      return parent === 'documents' ? text.orderWithoutClauses : text.clauseWithoutClauses;
    case 'sections':
      return text.regulationWithoutSections;
    case 'rows':
      return owner?.type === 'passport' ? text.passportWithoutRows : undefined;
    case 'body':
      return text.documentWithoutBody;
    case 'documents':
      return path.length === 1 ? text.planWithoutDocuments : undefined;
    case 'list':
    case 'numbered':
      return text.listEmpty(key);
    case 'visas':
      return text.visasEmpty;
    default:
      return undefined;
  }
}

/** A required key left out: the part of the document it would fill, or the key. */
export function describeMissing(path: Path, data: unknown): string {
  return (
    describeEmptyPart(path, data) ??
    describeMissingText(path, data) ??
    text.required(String(path.at(-1) ?? ''))
  );
}

/** A title, an order's number or date left out, said of what it names. */
function describeMissingText(path: Path, data: unknown): string | undefined {
  const key = path.at(-1);
  const parent = path.at(-3);
  const owner = valueAt(data, path.slice(0, -1)) as Record<string, unknown> | undefined;
  if (key === 'title')
    return parent === 'stages'
      ? text.stageWithoutTitle
      : parent === 'sections'
        ? text.sectionWithoutTitle
        : parent === 'documents'
          ? text.documentWithoutTitle
          : undefined;
  if (owner?.type !== 'order' || parent !== 'documents') return undefined;
  return key === 'number' ? text.orderWithoutNumber : key === 'date' ? text.orderWithoutDate : undefined;
}

function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    data,
  );
}
