import type { Block, Table } from './schema.js';
import { type SmallerSizePt, styles, tableStyleNames } from './styles.js';

type TableSizePt = NonNullable<Table['sizePt']>;

const tableStyles: ReadonlySet<string> = new Set(tableStyleNames);

/**
 * The table with its text set at `sizePt`: every paragraph of a table style (text, head, stage row) in its cells and
 * their lists takes that size, or its style's own when they are equal. Other styles (a stamp in a layout table) and
 * nested tables, which have sizes of their own, are left as they are.
 */
export function setTableSize(table: Table, sizePt: TableSizePt): Table {
  return {
    ...table,
    sizePt,
    rows: table.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell) => ({
        ...cell,
        children: cell.children.map((b) => resizeBlock(b, sizePt)),
      })),
    })),
  };
}

function resizeBlock(block: Block, sizePt: TableSizePt): Block {
  switch (block.type) {
    case 'paragraph': {
      if (!tableStyles.has(block.style)) return block;
      const { sizePt: _old, ...rest } = block;
      return sizePt === styles[block.style].sizePt ? rest : { ...rest, sizePt: sizePt as SmallerSizePt };
    }
    case 'list':
      return {
        ...block,
        items: block.items.map((item) => ({
          ...item,
          children: item.children.map((b) => resizeBlock(b, sizePt)),
        })),
      };
    case 'table':
    case 'pageBreak':
    case 'contents':
      return block;
    default: {
      const _exhaustive: never = block;
      return _exhaustive;
    }
  }
}
