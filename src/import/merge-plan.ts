import {
  type Document,
  isMap,
  isScalar,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
  stringify,
} from 'yaml';
import { UserError } from '../errors.js';
import { importText } from '../messages.js';
import { emitYaml, marker, type PlacedNote } from './emit-yaml.js';
import {
  checkPlan,
  type ImportOptions,
  type ImportResult,
  readDocxPlan,
  toImportHeader,
} from './import-docx.js';
import { linkPlanAppendices } from './link-plan-appendices.js';
import { attachPlanAppendices } from './merge-appendix.js';
import { fillOrganization } from './merge-organization.js';
import { fitImportedParts, type MergedParts } from './merge-renames.js';
import type { Note } from './notes.js';
import {
  applyInsertions,
  columnAt,
  findKeyBlockStart,
  findLineAfter,
  type Insertion,
  isBlockMap,
  isBlockSeq,
  isEmptyValue,
  readSection,
  shiftLines,
} from './splice-yaml.js';

/**
 * `gramota import FILE --into plan.yaml` and the studio's «add to the plan»: the documents of a DOCX added to the
 * plan in `planText` (merge rules: merge-renames.ts). The plan's own text stays as written — comments, quoting,
 * order, blank lines: the new people, orders and documents are put in as text after its own (`yaml` of the result;
 * `notes` are the new «# импорт:» comments, with their lines in it).
 */
export function importDocxInto(
  bytes: Uint8Array,
  file: string,
  planText: string,
  planFile = 'plan.yaml',
  options: ImportOptions = {},
): ImportResult {
  return mergeImportedPlan(planText, readDocxPlan(bytes, file), { file, planFile, date: options.date });
}

type MergeOptions = { readonly file: string; readonly planFile: string; readonly date?: Date | undefined };

/** An imported plan (data and notes by their paths in it) added to a plan's text; see importDocxInto. */
export function mergeImportedPlan(
  planText: string,
  imported: { readonly plan: Record<string, unknown>; readonly notes: readonly Note[] },
  { file, planFile, date }: MergeOptions,
): ImportResult {
  const lines = new LineCounter();
  const doc = parseDocument(planText, { lineCounter: lines });
  const fail = (message: string, at?: number): never => {
    const pos = at === undefined ? undefined : lines.linePos(at);
    throw new UserError([
      { code: 'yaml-syntax', file: planFile, message, line: pos?.line, column: pos?.col },
    ]);
  };
  if (doc.errors.length > 0) fail(importText.intoUnreadable, doc.errors[0]!.pos[0]);
  if (!isMap(doc.contents)) fail(importText.intoNotPlan);
  const existing = doc.toJS() as Record<string, unknown>;
  const source = file.split(/[\\/]/).pop() ?? file;
  // The order's appendices the plan holds already (link-plan-appendices.ts), then appendices of the plan's orders.
  const linked = linkPlanAppendices(existing, fitImportedParts(existing, imported.plan), imported.notes);
  const attached = attachPlanAppendices(doc, planText, lines, linked.parts);
  const parts = attached.parts;
  const filled = fillOrganization(doc, planText, lines, imported.plan, source);
  const notes = [
    ...placeImportedNotes(linked.notes, parts),
    ...attached.notes,
    ...noteDifferences(existing, imported.plan, source, filled !== undefined),
  ];
  const added = {
    ...(Object.keys(parts.people).length > 0 && { people: parts.people }),
    ...(Object.keys(parts.orders).length > 0 && { orders: parts.orders }),
    documents: parts.documents,
  };
  const emitted = emitYaml(added, notes).text;
  const header = `  # ${toImportHeader(source, date)}`;
  // Lines put into the plan's own entries come first: where one ends where a section ends (the last person, the
  // last document), they stay with it, above what is appended after it (applyInsertions keeps ties in order).
  const insertions: Insertion[] = [
    ...attached.edits,
    ...(filled ?? []),
    ...toPositionInsertions(doc, planText, lines, parts.positions, source),
  ];
  const pairOf = (key: string) =>
    (doc.contents as { items: Pair<Node, Node>[] }).items.find((p) => isScalar(p.key) && p.key.value === key);
  const documents = pairOf('documents');
  if (!documents || !isBlockSeq(documents.value)) return fail(importText.intoUnfit('documents'));
  const documentsAt = findKeyBlockStart(planText, documents.key.range![0]);
  for (const key of ['people', 'orders'] as const) {
    const section = readSection(emitted, key);
    if (section) insertions.push(toMapInsertion(key, section));
  }
  const dash = columnAt(lines, documents.value!.range![0]);
  const end = findLineAfter(planText, documents.value!.range![1]);
  insertions.push({
    at: end,
    text: toText(shiftLines([header, ...readSection(emitted, 'documents')!], dash - 2)),
  });
  // A plan written with Windows line ends gets its new lines so too.
  const eol = planText.includes('\r\n') ? '\r\n' : '\n';
  const { text, starts } = applyInsertions(
    planText,
    insertions.map((i) => ({ ...i, text: i.text.replace(/\n/g, eol) })),
  );
  return { yaml: text, notes: placeNewNotes(text, insertions, starts), problems: checkPlan(text, planFile) };

  /** People or orders added after the plan's own, or as a new section above `documents` when it has none. */
  function toMapInsertion(key: string, section: string[]): Insertion {
    const pair = pairOf(key);
    if (!pair) return { at: documentsAt, text: toText([`${key}:`, ...section]) };
    if (isEmptyValue(pair.value))
      return { at: findLineAfter(planText, pair.key.range![1]), text: toText(section) };
    if (!isBlockMap(pair.value)) return fail(importText.intoUnfit(key), pair.key.range![0]);
    const column = columnAt(lines, pair.value.items[0]!.key.range![0]);
    return {
      at: findLineAfter(planText, pair.value.range![1]),
      text: toText(shiftLines(section, column - 2)),
    };
  }
}

const toText = (lines: readonly string[]) => `${lines.join('\n')}\n`;

/** The imported notes moved to where their values went: a person merged into the plan's own keeps none. */
function placeImportedNotes(notes: readonly Note[], parts: MergedParts): Note[] {
  return notes.flatMap((note): Note[] => {
    const [top, key, ...rest] = note.path;
    const renamed = typeof key === 'string' ? parts.renamed.get(key) : undefined;
    if (top === 'documents') return [{ ...note, path: key === undefined ? ['documents', 0] : note.path }];
    if (top === 'people' && renamed !== undefined && renamed in parts.people)
      return [{ ...note, path: ['people', renamed, ...rest] }];
    if (top === 'orders' && renamed !== undefined && renamed in parts.orders)
      return [{ ...note, path: ['orders', renamed, ...rest] }];
    return [];
  });
}

/**
 * The plan keeps its organization (unless `filled` in: merge-organization.ts) and settings; where the file's differ,
 * a note on the first new document.
 */
function noteDifferences(
  existing: Record<string, unknown>,
  imported: Record<string, unknown>,
  source: string,
  filled: boolean,
): Note[] {
  const own = (existing.organization ?? {}) as { name?: unknown; short_name?: unknown };
  const theirs = (imported.organization ?? {}) as { name?: unknown; short_name?: unknown };
  // The file names the organization otherwise: a full name the plan has not (its own may be the short one).
  const differs =
    !filled &&
    typeof theirs.name === 'string' &&
    theirs.name !== importText.organizationPlaceholder &&
    theirs.name !== own.name &&
    theirs.name !== own.short_name;
  const settings = Object.entries((imported.settings ?? {}) as Record<string, unknown>).filter(
    ([key, value]) => ((existing.settings ?? {}) as Record<string, unknown>)[key] !== value,
  );
  return [
    ...(differs
      ? [
          {
            path: ['documents', 0],
            text: importText.mergedOrganization(source, String(theirs.name), String(own.name ?? '')),
          },
        ]
      : []),
    ...(settings.length > 0
      ? [
          {
            path: ['documents', 0],
            text: importText.mergedSettings(source, settings.map(([k, v]) => `${k}: ${v}`).join(', ')),
          },
        ]
      : []),
  ];
}

/** A position the file gives a person of the plan who has none: a line «position: …» in that person's entry. */
function toPositionInsertions(
  doc: Document,
  text: string,
  lines: LineCounter,
  positions: Readonly<Record<string, string>>,
  source: string,
): Insertion[] {
  const people = doc.get('people', true);
  if (!isBlockMap(people)) return [];
  return Object.entries(positions).flatMap(([key, position]) => {
    const person = people.items.find((p) => isScalar(p.key) && p.key.value === key)?.value;
    if (!isBlockMap(person)) return [];
    const indent = ' '.repeat(columnAt(lines, person.items[0]!.key.range![0]));
    const value = stringify(position, { lineWidth: 0 }).trimEnd();
    const comment = `${indent}# ${marker} ${importText.mergedPosition(source)}`;
    return [
      { at: findLineAfter(text, person.range![1]), text: toText([comment, `${indent}position: ${value}`]) },
    ];
  });
}

/** The new «# импорт:» comments and their lines in the merged text. */
function placeNewNotes(
  text: string,
  insertions: readonly Insertion[],
  starts: readonly number[],
): PlacedNote[] {
  const lead = `# ${marker} `;
  return insertions
    .flatMap((insertion, i) => {
      const first = text.slice(0, starts[i]).split('\n').length;
      return insertion.text.split('\n').flatMap((line, j) => {
        const trimmed = line.trim();
        return trimmed.startsWith(lead) ? [{ line: first + j, text: trimmed.slice(lead.length) }] : [];
      });
    })
    .sort((a, b) => a.line - b.line);
}
