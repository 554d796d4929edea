/**
 * The text values of a plan that documents print as written (after typography), per document id.
 * Not included, because they are derived rather than printed verbatim: people's names and positions (declined,
 * shortened to initials), terms and dates (formatted), the regulation's title (split into «ПОЛОЖЕНИЕ» / «о …»),
 * the titles of approved documents inside order clauses (put into the accusative), and standard column titles.
 */
type Data = Record<string, unknown>;

const asData = (v: unknown): Data => (v !== null && typeof v === 'object' ? (v as Data) : {});
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Strings of a cell, block or clause: itself, list entries, numbered entries, nested clauses, `text`. */
function collectTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(collectTexts);
  if (value === null || typeof value !== 'object') return [];
  const v = value as Data;
  return ['text', 'heading', 'paragraph', 'list', 'numbered', 'clauses'].flatMap((k) => collectTexts(v[k]));
}

function collectItems(items: unknown, people: Data): string[] {
  return asList(items).flatMap((raw) => {
    const item = asData(raw);
    return Object.entries(item).flatMap(([key, value]) => {
      if (key === 'items') return collectItems(value, people);
      if (key === 'term') return [];
      if (key === 'responsible') return typeof value === 'string' && !(value in people) ? [value] : [];
      return collectTexts(value);
    });
  });
}

function collectStamps(doc: Data): string[] {
  return [asData(doc.approval).council, asData(doc.agreement).council].filter((s) => typeof s === 'string');
}

function collectRoadmap(doc: Data, plan: Data): string[] {
  const org = asData(plan.organization);
  const shown = { full: org.name, short: org.short_name ?? org.name }[String(doc.show_organization)];
  return [
    ...[doc.title, shown].filter((s) => typeof s === 'string'),
    ...collectTexts(doc.intro),
    ...asList(doc.columns).flatMap((c) => collectTexts(asData(c).title)),
    ...Object.values(asData(doc.column_titles)).flatMap(collectTexts),
    ...asList(doc.stages).flatMap((s) => collectTexts(asData(s).title)),
    ...collectItems(doc.items, asData(plan.people)),
    ...asList(doc.stages).flatMap((s) => collectItems(asData(s).items, asData(plan.people))),
  ];
}

function collectDocument(doc: Data, plan: Data): string[] {
  switch (doc.type) {
    case 'roadmap':
      return collectRoadmap(doc, plan);
    case 'order':
      return collectTexts([asData(plan.organization).name, doc.title, doc.number, doc.preamble, doc.clauses]);
    case 'regulation':
      return asList(doc.sections).flatMap((s) => collectTexts([asData(s).title, asData(s).clauses]));
    case 'passport':
      return collectTexts([
        doc.title,
        doc.columns,
        asList(doc.rows).map((r) => [asData(r).label, asData(r).value]),
      ]);
    case 'document': {
      const tables = asList(doc.body).map((b) => asData(asData(b).table));
      return collectTexts([doc.title, doc.body, tables.map((t) => [t.columns, t.rows])]);
    }
    default:
      return [];
  }
}

/** Document id → the values it prints verbatim (stamps' council names included). */
export function collectPrinted(plan: Data): Map<string, string[]> {
  return new Map(
    asList(plan.documents).map((raw) => {
      const doc = asData(raw);
      return [String(doc.id), [...collectDocument(doc, plan), ...collectStamps(doc)]];
    }),
  );
}
