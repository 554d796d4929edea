import { typographText } from '../../language/typography.js';
import type { TextBlock } from '../../plan/schema/blocks.js';
import { type BlockView, toBlockViews } from '../../resolve/blocks.js';
import type { Passport } from './schema.js';

/** A two-column table: label | content, the content as blocks. */
export type PassportView = {
  readonly title: string;
  readonly header: readonly string[] | null;
  readonly rows: readonly { readonly label: string; readonly value: readonly BlockView[] }[];
};

export function toPassportView(doc: Passport): PassportView {
  return {
    title: typographText(doc.title),
    header: doc.columns ? doc.columns.map(typographText) : null,
    rows: doc.rows.map((row) => ({ label: typographText(row.label), value: toValueBlocks(row.value) })),
  };
}

function toValueBlocks(value: Passport['rows'][number]['value']): BlockView[] {
  if (!Array.isArray(value)) return toBlockViews([{ paragraph: value }]);
  if (value.every((v) => typeof v === 'string')) return toBlockViews([{ list: value as string[] }]);
  return toBlockViews(value as TextBlock[]);
}
