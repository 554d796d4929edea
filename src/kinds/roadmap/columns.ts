/** Standard roadmap columns, their default titles (FORMAT.md), widths and alignment. */
export const standardColumnKeys = [
  'number',
  'stage',
  'activity',
  'goal',
  'result',
  'term',
  'evidence',
  'responsible',
  'report',
] as const;
export type StandardColumnKey = (typeof standardColumnKeys)[number];

export const defaultColumns: readonly StandardColumnKey[] = [
  'number',
  'activity',
  'term',
  'responsible',
  'result',
];

/**
 * A width in the markup's terms: «auto» is fitted to the column's content (render/column-widths.ts), «15mm» fixed,
 * «28fr» a share of what the fixed columns leave.
 */
type ColumnDefault = {
  title: string;
  width: 'auto' | `${number}mm` | `${number}fr`;
  align: 'left' | 'center';
};

export const columnDefaults: Readonly<Record<StandardColumnKey, ColumnDefault>> = {
  number: { title: '№ п/п', width: 'auto', align: 'center' },
  stage: { title: 'Этап', width: 'auto', align: 'left' },
  activity: { title: 'Наименование мероприятия', width: 'auto', align: 'left' },
  goal: { title: 'Цель', width: 'auto', align: 'left' },
  result: { title: 'Ключевой результат', width: 'auto', align: 'left' },
  term: { title: 'Сроки', width: 'auto', align: 'center' },
  evidence: { title: 'Документ, закрепляющий результат', width: 'auto', align: 'left' },
  responsible: { title: 'Ответственный', width: 'auto', align: 'left' },
  report: { title: 'Форма отчетности', width: 'auto', align: 'left' },
};

/** Width of a custom column: fitted to its content, as the standard ones are. */
export const customColumnWidth = 'auto';
