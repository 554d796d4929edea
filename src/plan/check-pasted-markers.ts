import { text } from '../messages.js';
import { readHandNumber, readTitleNumber } from './hand-numbers.js';
import { forEachListItem, type Path } from './list-items.js';
import type { Plan } from './schema/plan.js';
import type { Report } from './validate.js';

/** Lists whose items gramota numbers (1., 1.1., 1)), and the item texts of roadmaps, numbered in their own column. */
const numberedLists = new Set(['numbered', 'clauses']);
/** Lists whose items gramota prints after «–». */
const markedLists = new Set(['list']);
/** Lists whose items have a title gramota prints after a number of its own: «2. Цели …», «3. Обобщающий этап». */
const numberedTitles = new Set(['sections', 'stages']);
/** A bullet or a dash at the start of a list line, pasted from Word or typed as the line's own marker. */
const pastedMarker = /^[•·▪●◦‣■□►✓✔–—-](?=\s)/u;

/**
 * A number or a list marker at the start of a text that gramota numbers or marks itself: «1. Очная форма …» in
 * `numbered` prints «1. 1. Очная форма …», «• 44.02.01 …» in `list` prints «– • 44.02.01 …». Text pasted from Word
 * brings them along, and so do numbers and letters typed by hand («II. Целью …», «а) Целью …», «– 1) адаптация …»);
 * an error at the text, not a document with both. So with a section's or a stage's title typed
 * with its number («2. Цели и задачи» prints «2. 2. Цели и задачи»), and with an order's title, which has none.
 */
export function checkPastedMarkers(plan: Plan, report: Report): void {
  plan.documents.forEach((doc, i) => {
    // An order's title has no number («О …»); a free document may be a numbered part of another («IV. …»).
    const number = doc.type === 'order' ? readTitleNumber(doc.title) : null;
    if (number) report(['documents', i, 'title'], text.orderTitleNumber(number));
  });
  forEachListItem(plan, (item, path, key) => {
    const written = numberedTitles.has(String(key)) ? readTitle(item) : undefined;
    const title = typeof written === 'string' ? readTitleNumber(written) : null;
    if (title) report([...path, 'title'], text.titleNumber(title));
    const own = typeof item === 'string' ? item : readClauseText(item, key);
    const at = typeof item === 'string' ? path : [...path, key === 'items' ? 'activity' : 'text'];
    if (own !== undefined) checkStart(own, key, at, report);
    checkCells(item, path, key, report);
  });
}

/** Keys of a roadmap's item that hold no cell text of its own. */
const notCells = new Set(['items', 'term', 'responsible']);

/**
 * A marker at the start of a table cell's text: «• Оснащение …» as an activity prints the bullet as typed; in a
 * list of a cell (printed after «–») it prints twice. Cells of roadmaps, plain tables and passports.
 */
function checkCells(item: unknown, path: Path, key: string | number, report: Report): void {
  if (key === 'items' && isObject(item))
    for (const [k, value] of Object.entries(item))
      if (!notCells.has(k)) checkCell(value, [...path, k], report);
  if (key === 'rows' && Array.isArray(item))
    item.forEach((cell, c) => {
      checkCell(cell, [...path, c], report);
    });
  if (key === 'rows' && isObject(item) && 'value' in item) checkCell(item.value, [...path, 'value'], report);
}

function checkCell(value: unknown, at: Path, report: Report): void {
  const marker = typeof value === 'string' ? pastedMarker.exec(value.trimStart()) : null;
  if (marker) report(at, text.cellMarker(marker[0]));
  if (Array.isArray(value))
    value.forEach((line, j) => {
      const lineMarker = typeof line === 'string' ? pastedMarker.exec(line.trimStart()) : null;
      if (lineMarker) report([...at, j], text.pastedMarker(lineMarker[0]));
    });
  if (isObject(value) && 'text' in value) checkCell(value.text, [...at, 'text'], report);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The text of a clause, or the activity of a roadmap's item: the text a number is printed before. */
function readClauseText(item: unknown, key: string | number | undefined): string | undefined {
  if (item === null || typeof item !== 'object') return undefined;
  const own = item as { text?: unknown; activity?: unknown };
  if (key === 'clauses' && typeof own.text === 'string') return own.text;
  if (key === 'items' && typeof own.activity === 'string') return own.activity;
  return undefined;
}

function readTitle(item: unknown): unknown {
  return item !== null && typeof item === 'object' ? (item as { title?: unknown }).title : undefined;
}

function checkStart(value: string, key: string | number | undefined, at: Path, report: Report): void {
  const start = value.trimStart();
  const number = numberedLists.has(String(key)) || key === 'items' ? readHandNumber(start) : null;
  if (number) report(at, text.pastedNumber(number));
  const listed = markedLists.has(String(key));
  const marker = listed ? pastedMarker.exec(start) : null;
  if (marker) report(at, text.pastedMarker(marker[0]));
  const listNumber = listed && !marker ? readHandNumber(start, true) : null;
  if (listNumber) report(at, text.listLineNumber(listNumber));
}
