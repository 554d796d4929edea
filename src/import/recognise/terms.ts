import { monthsGenitive, monthsNominative } from '../../language/dates.js';
import { formatTerm, type Term } from '../../language/terms.js';
import { importText } from '../../messages.js';
import { termSchema } from '../../plan/schema/term.js';

/**
 * A term as people write it → the plan's term forms (FORMAT.md, «Сроки»). The structured form is kept only when
 * gramota prints it as the document wrote it (compared without case and space differences), so a rebuilt
 * document says the same; otherwise the text stays, and a note names the form the user may choose.
 */
export type ReadTerm = { readonly term: Term; readonly note?: string | undefined };

const toMonth = (name: string): number => {
  const lower = name.toLowerCase();
  const i = monthsNominative.indexOf(lower as never);
  return i >= 0 ? i + 1 : monthsGenitive.indexOf(lower as never) + 1;
};
const pad = (n: number | string) => String(n).padStart(2, '0');
const monthWord = '([А-ЯЁа-яё]+)';

/** One point: «01.10.2021», «октябрь 2021 г.», «октября 2021», «2021 г.»; `year` fills a month without one. */
function readPoint(text: string, year?: string): string | undefined {
  const s = text
    .trim()
    .replace(/\s*г(ода?)?\.?$/, '')
    .trim();
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (m) return `${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`;
  m = new RegExp(`^${monthWord}(?:\\s+(\\d{4}))?$`).exec(s);
  if (m && toMonth(m[1]!) > 0 && (m[2] ?? year)) return `${m[2] ?? year}-${pad(toMonth(m[1]!))}`;
  m = /^(\d{4})$/.exec(s);
  return m ? m[1] : undefined;
}

function candidates(text: string): Term[] {
  const s = text.replace(/\s+/g, ' ').trim();
  const out: Term[] = [];
  const until = /^до (.+)$/i.exec(s);
  if (until) {
    const p = readPoint(until[1]!);
    if (p) out.push({ until: p });
  }
  const from = /^с (.+)$/i.exec(s);
  if (from) {
    const p = readPoint(from[1]!);
    if (p) out.push({ from: p });
  }
  const years = /^(\d{4})\s*[–—-]\s*(\d{4})(?:\s*гг?\.?)?$/.exec(s);
  if (years) out.push({ from: years[1]!, to: years[2]! });
  // «сентябрь – октябрь 2021», «Март-Апрель 2026 г.», «Сентябрь 2026 г.- апрель 2027 г.»: both ends must be points.
  const range = /^(.+?)\s*[–—]\s*(.+)$/.exec(s) ?? /^(.+?)\s*-\s*(.+)$/.exec(s);
  if (range) {
    const to = readPoint(range[2]!);
    const a = to ? readPoint(range[1]!, to.slice(0, 4)) : undefined;
    if (a && to) out.push({ from: a, to });
  }
  const one = readPoint(s);
  if (one) out.push(one);
  const parts = s.split(/\s*[,;]\s*/);
  if (parts.length > 1) {
    const points = parts.map((p) => readPoint(p));
    if (points.every((p) => p !== undefined)) out.push(points as string[]);
  }
  return out;
}

const normalize = (s: string) => s.replace(/\s+/g, ' ').replace(/[—]/g, '–').trim();

/** Reads a term cell; text that is no date, month, year or range of them stays text («ежегодно»). */
export function readTerm(text: string): ReadTerm {
  const written = normalize(text);
  const found = candidates(written);
  const exact = found.find((term) => normalize(formatTerm(term, 'numeric')) === written);
  if (exact !== undefined) return { term: exact };
  const loose = found[0];
  if (loose === undefined) return { term: written };
  // Text that gramota check rejects, or reads as data itself (a range written out: «апрель 2025 г. – декабрь
  // 2025 г.», «Март – май 2018 г.»), goes as data: as text it would not print as the document wrote it either.
  // A range of two months or dates is data too: as text its dash and spaces would print as typed («2026 г.- апрель»).
  const read = termSchema.safeParse(written);
  const range = typeof loose === 'object' && 'from' in loose && 'to' in loose;
  if (!read.success || typeof read.data !== 'string' || range)
    return { term: loose, note: importText.termAsData(written, normalize(formatTerm(loose, 'numeric'))) };
  const form = JSON.stringify(loose).replace(/"/g, '').replace(/:/g, ': ').replace(/,/g, ', ');
  return { term: written, note: importText.termAsText(form, normalize(formatTerm(loose, 'numeric'))) };
}
