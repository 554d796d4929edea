import type { DocParagraph } from '../docx/blocks.js';
import { readDate } from './dates.js';
import { isPersonName, type PeopleBook } from './people.js';
import { splitSignature } from './signature-line.js';

type ReadVisa = { name: string; position: string | undefined; date: string };

/**
 * The visas of a draft order, from the lines under its signature: «Согласовано:», then for each visa its position,
 * a line for the signature, «И.О. Фамилия» and its date — in a table without borders, as gramota writes them
 * (each cell a line here), or on lines of their own («Юрисконсульт ________ Д.А. Соколов», the date under it).
 * A visa is written as the plan has it (docs/format.md, «Визы»): the person's key when the date is a blank for
 * handwriting, `{ by, date }` with a date, `date: none` without a date line. `used`: the lines the visas took.
 */
export function readVisas(
  lines: readonly DocParagraph[],
  book: PeopleBook,
): { visas: unknown[]; used: ReadonlySet<number> } {
  // A cell's lines may be one paragraph with manual line breaks: «А.В. Спиридонова⏎14.01.2025».
  const split = lines.flatMap((p, at) => p.text.split('\n').map((text) => ({ line: { ...p, text }, at })));
  const start = split.findIndex(({ line }) => /^Согласовано\s*:?$/i.test(line.text.trim()));
  const taken = new Set<number>(); // indices into split
  const read: ReadVisa[] = [];
  if (start < 0) return { visas: [], used: new Set() };
  taken.add(start);
  let position: string | undefined;
  for (let i = start + 1; i < split.length; i++) {
    const { line } = split[i]!;
    const text = line.text.trim();
    if (/^С приказом ознакомлен/i.test(text)) break;
    const signed = splitSignature(line);
    const date = readDate(text);
    if (signed || isPersonName(text)) {
      read.push({ name: signed?.name ?? text, position: signed?.position ?? position, date: 'none' });
      position = undefined;
    } else if (/^_*$/.test(text)) {
      // the line for the signature
    } else if (date !== undefined && read.length > 0 && /^[\d._\s]+(?:г\.?)?$/.test(text))
      read.at(-1)!.date = date;
    else if (position === undefined) position = text;
    else break; // two lines of text running: no longer a visa
    taken.add(i);
  }
  // A paragraph is used when all its lines are.
  const used = new Set(split.filter((_, i) => taken.has(i)).map((s) => s.at));
  for (const [i, { at }] of split.entries()) if (!taken.has(i)) used.delete(at);
  return { visas: read.map((visa) => toVisa(visa, book)), used };
}

function toVisa({ name, position, date }: ReadVisa, book: PeopleBook): unknown {
  const by = book.add(name, position);
  return date === 'blank' ? by : { by, date };
}
