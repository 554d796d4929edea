import { type Document, isMap, isScalar, isSeq, type Node } from 'yaml';
import { parsePersonName, toSurnameInitials } from '../language/names.js';
import { variantFolder } from '../plan/variants.js';
import { showNumbered } from './numbered-cell.js';
import type { RowCell, RowColumn } from './roadmap-rows.js';
import { readDateStyle, showTerm } from './term-cell.js';

type People = Readonly<Record<string, { readonly name?: unknown }>>;

/**
 * How the studio's table of rows shows a value of an item (roadmap-rows.ts): a single value as written, and editable;
 * a person named by a key of `people` as the document names them («Белова И.С.»), editable as that name; a term as
 * the document prints it (term-cell.ts: «октябрь 2025 г.», «сентябрь – декабрь 2025 г.»), editable when it is one
 * value; a numbered list as its lines «1) …», editable so (numbered-cell.ts); another list of values joined, edited
 * in the text only. The page has no typograf: text stays as written, and a no-break space or a tab pasted from Word is
 * shown as a space, so that the cell wraps between the words it parts. `people`: the plan's, or a network partner's
 * (readPeople).
 */
export function createCellReader(
  document: Document,
  people: People | undefined,
): (key: RowColumn, node: Node | undefined) => RowCell {
  const dateStyle = readDateStyle(document);
  return (key, node) => {
    if (node === undefined) return { text: '', editable: true };
    // Several people are edited as the document names them, «Спиридонова А.В., Бушина М.Б.» (responsible-write.ts).
    if (key === 'responsible')
      return { text: showPeople(node.toJSON(), people), editable: isScalar(node) || isScalarList(node) };
    // Every term the document prints, «до 12.10.2020», «сентябрь – декабрь 2025 г.», is edited as printed (term-write.ts).
    const term = key === 'term' ? showTerm(node.toJSON(), dateStyle) : undefined;
    if (term !== undefined) return { text: term, editable: true };
    if (isScalar(node)) return { text: toPlainSpaces(String(node.value ?? '')), editable: true };
    const numbered = showNumbered(node);
    if (numbered !== undefined) return { text: toPlainSpaces(numbered), editable: true };
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

/**
 * The plan's `people` as written; none while it is no map (or a broken alias while the user types). `folder`: a network
 * partner's (its tab's id starts with it), whose own people are added to the plan's, a key of both meaning its own —
 * as its documents name them (plan/variants.ts).
 */
export function readPeople(document: Document, folder?: string): People | undefined {
  try {
    const node = document.get('people', true);
    const own = isMap(node) ? (node.toJSON() as People) : undefined;
    if (folder === undefined) return own;
    const variants = document.toJS().variants as unknown;
    const variant = Array.isArray(variants)
      ? variants.find((v) => typeof v === 'object' && v !== null && findFolder(v) === folder)
      : undefined;
    const theirs = (variant as { people?: unknown } | undefined)?.people;
    return typeof theirs === 'object' && theirs !== null ? { ...own, ...(theirs as People) } : own;
  } catch {
    return undefined; // a broken alias while the user types: keys show as written
  }
}

function findFolder(variant: object): string | undefined {
  try {
    return variantFolder(variant as Parameters<typeof variantFolder>[0]);
  } catch {
    return undefined; // no organisation yet: no folder
  }
}

/** A no-break space (typograf's, or pasted from Word) and a tab as a plain space. */
function toPlainSpaces(text: string): string {
  return text.replace(/[\u00A0\u202F]/g, ' ').replace(/\t+/g, ' ');
}
