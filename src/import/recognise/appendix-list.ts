import type { DocParagraph } from '../docx/blocks.js';
import { isAcquaintedTitle } from './order-lines.js';
import { splitSignature } from './signature-line.js';

/**
 * «Приложения: 1. Состав рабочей группы на 1 л. в 1 экз.» under an order's clauses: the list of its appendices (GOST's
 * mark of appendices), not a clause. The colon tells it from an appendix's own mark «Приложение 1 к приказу …».
 */
export const opensAppendixList = (p: DocParagraph) => /^Приложени[ея]\s*:/i.test(p.text.trim());

/**
 * The lines of the list that opens at `at`: its first line and the items under it — numbered («2. Дорожная карта
 * на 2 л. в 1 экз.», typed or Word's) or giving sheets and copies; 0 when no list opens there.
 */
export function countAppendixList(lines: readonly DocParagraph[], at: number): number {
  const first = lines[at];
  if (!first || !opensAppendixList(first)) return 0;
  let n = 1;
  while (isListItem(lines[at + n])) n += 1;
  return n;
}

function isListItem(p: DocParagraph | undefined): boolean {
  if (!p || isAcquaintedTitle(p) || splitSignature(p) !== undefined) return false;
  const text = p.text.trim();
  return (
    (p.marker !== undefined && !p.marker.bullet) ||
    /^\d+[.)]\s/.test(text) ||
    /(?:^|\s)(?:л\.|экз\.)/.test(text)
  );
}

/**
 * The titles the list gives its appendices, by number: «1. Состав рабочей группы на 1 л. в 1 экз.» → 1: «Состав
 * рабочей группы»; an item numbered by Word (no number in its text) by its place in the list.
 */
export function readAppendixList(lines: readonly DocParagraph[]): Map<number, string> {
  const titles = new Map<number, string>();
  lines.forEach((p, i) => {
    const text = p.text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^Приложени[ея]\s*:\s*/i, '');
    const typed = /^(\d+)[.)]\s*(.*)$/.exec(text);
    const title = (typed?.[2] ?? text)
      .replace(/,?\s*(?:на\s+)?\d+\s*л\.?(?:\s|,|$).*$/u, '')
      .replace(/[\s.;,]+$/u, '');
    if (title !== '') titles.set(typed ? Number(typed[1]) : i + 1, title);
  });
  return titles;
}
