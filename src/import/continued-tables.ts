import { importText } from '../messages.js';
import type { DocBlock, DocTable } from './docx/blocks.js';
import { readCellText } from './recognise/cell-value.js';

const toHeaderText = (t: DocTable) => (t.rows[0]?.cells ?? []).map((c) => readCellText(c)).join('|');
const isNumbersRow = (t: DocTable) =>
  (t.rows[0]?.cells ?? []).every((c, i) => readCellText(c) === String(i + 1)) &&
  (t.rows[0]?.cells.length ?? 0) > 1;
const isContinuation = (b: DocBlock) =>
  b.kind === 'paragraph' && (b.text.trim() === '' || /^продолжение( таблицы)?/i.test(b.text.trim()));

/**
 * A table split by hand over pages («Продолжение таблицы» and the header again, or the column numbers) → one
 * table; the repeated header rows stay for the roadmap reader to skip. Returns the blocks and how many were joined.
 */
export function joinContinuedTables(blocks: readonly DocBlock[]): {
  blocks: DocBlock[];
  joined: number;
  note?: string;
} {
  const out: DocBlock[] = [];
  let joined = 0;
  for (const block of blocks) {
    if (block.kind === 'table') {
      let back = out.length - 1;
      while (back >= 0 && isContinuation(out[back]!)) back--;
      const before = out[back];
      const marked = out.slice(back + 1).some((b) => b.kind === 'paragraph' && b.text.trim() !== '');
      if (
        before?.kind === 'table' &&
        before.columns === block.columns &&
        !before.borderless &&
        (toHeaderText(before) === toHeaderText(block) || (marked && isNumbersRow(block)))
      ) {
        out.length = back;
        out.push({ ...before, rows: [...before.rows, ...block.rows] });
        joined += 1;
        continue;
      }
    }
    out.push(block);
  }
  return { blocks: out, joined, ...(joined > 0 && { note: importText.continuedTable }) };
}
