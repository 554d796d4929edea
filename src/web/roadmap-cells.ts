import { type Document, isMap, isScalar, isSeq, type Node } from 'yaml';
import { parsePersonName, toSurnameInitials } from '../language/names.js';
import type { RowCell, RowColumn } from './roadmap-rows.js';
import { readDateStyle, showTerm } from './term-cell.js';

type People = Readonly<Record<string, { readonly name?: unknown }>>;

/**
 * How the studio's table of rows shows a value of an item (roadmap-rows.ts): a single value as written, and editable;
 * a person named by a key of `people` as the document names them («Белова И.С.»), editable as that name; a term as
 * the document prints it (term-cell.ts: «октябрь 2025 г.», «сентябрь – декабрь 2025 г.»), editable when it is one
 * value; a list of values joined, edited in the text only. The page has no typograf: text stays as written, no-break
 * spaces are plain ones.
 */
export function createCellReader(document: Document): (key: RowColumn, node: Node | undefined) => RowCell {
  const people = readPeople(document);
  const dateStyle = readDateStyle(document);
  return (key, node) => {
    if (node === undefined) return { text: '', editable: true };
    // Several people are edited as the document names them, «Спиридонова А.В., Бушина М.Б.» (responsible-write.ts).
    if (key === 'responsible')
      return { text: showPeople(node.toJSON(), people), editable: isScalar(node) || isScalarList(node) };
    // Every term the document prints, «до 12.10.2020», «сентябрь – декабрь 2025 г.», is edited as printed (term-write.ts).
    const term = key === 'term' ? showTerm(node.toJSON(), dateStyle) : undefined;
    if (term !== undefined) return { text: term, editable: true };
    if (isScalar(node)) return { text: String(node.value ?? ''), editable: true };
    if (isSeq(node))
      return {
        text: node.items.map((n) => (isScalar(n) ? String(n.value) : '…')).join('; '),
        editable: false,
      };
    return { text: '…', editable: false };
  };
}

function isScalarList(node: Node): boolean {
  return isSeq(node) && node.items.every((item) => isScalar(item));
}

function showPeople(value: unknown, people: People | undefined): string {
  return [value]
    .flat()
    .map((ref) => {
      const name =
        typeof ref === 'string' && people && Object.hasOwn(people, ref) ? people[ref]?.name : undefined;
      return typeof name === 'string'
        ? toPlainSpaces(toSurnameInitials(parsePersonName(name)))
        : String(ref ?? '');
    })
    .join(', ');
}

/** The plan's `people` as written; none while it is no map (or a broken alias while the user types). */
export function readPeople(document: Document): People | undefined {
  const node = document.get('people', true);
  try {
    return isMap(node) ? (node.toJSON() as People) : undefined;
  } catch {
    return undefined; // a broken alias while the user types: keys show as written
  }
}

function toPlainSpaces(text: string): string {
  return text.replace(/\u00A0/g, ' ');
}
