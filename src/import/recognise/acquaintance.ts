import type { DocSection, DocTable } from '../docx/blocks.js';
import { cellText } from '../docx/blocks.js';
import type { PeopleBook } from './people.js';

/** A document's «Лист ознакомления», as its plan writes it: the people named in it and the rows left blank. */
export type ImportedAcquaintance = { readonly people?: string[]; readonly blank_rows?: number };

/**
 * A section that is a «Лист ознакомления» (gramota writes one after a regulation or a free document, and so do
 * people by hand): its title, then a table with a «Ф.И.О.» column. Each named row is a person of the book (with the
 * position of its «Должность» column), each row without a name a blank one. Undefined for any other section.
 */
export function readAcquaintanceSheet(
  section: DocSection,
  book: PeopleBook,
): ImportedAcquaintance | undefined {
  const first = section.blocks.find((b) => b.kind === 'table' || b.text.trim() !== '');
  if (first?.kind !== 'paragraph' || !/^Лист\s+ознакомления/i.test(first.text.trim())) return undefined;
  const table = section.blocks.find((b): b is DocTable => b.kind === 'table');
  const head = table?.rows[0];
  if (!table || !head) return undefined;
  const columnOf = (title: RegExp) => head.cells.find((c) => title.test(cellText(c)))?.col;
  const nameColumn = columnOf(/Ф\.?\s*И\.?\s*О|фамилия/i);
  if (nameColumn === undefined) return undefined;
  const positionColumn = columnOf(/должност/i);
  const people: string[] = [];
  let blank = 0;
  for (const row of table.rows.slice(1)) {
    if (row.header) continue;
    const at = (col: number | undefined) => cellText(row.cells.find((c) => c.col === col)).trim();
    // One column «Ф.И.О., должность»: «Громов С.В., мастер п/о» is the name, then the position.
    const [name = '', ...position] =
      positionColumn === nameColumn ? at(nameColumn).split(/\s*,\s*/) : [at(nameColumn), at(positionColumn)];
    if (name === '') blank++;
    else people.push(book.add(name, position.join(', ') || undefined));
  }
  return { ...(people.length > 0 && { people }), ...(blank > 0 && { blank_rows: blank }) };
}
