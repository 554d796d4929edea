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

/** A width in the markup's terms: «15mm» is fixed, «28fr» a share of what the fixed columns leave. */
type ColumnDefault = { title: string; width: `${number}mm` | `${number}fr`; align: 'left' | 'center' };

export const columnDefaults: Readonly<Record<StandardColumnKey, ColumnDefault>> = {
  number: { title: '№ п/п', width: '15mm', align: 'center' },
  stage: { title: 'Этап', width: '14fr', align: 'left' },
  activity: { title: 'Наименование мероприятия', width: '28fr', align: 'left' },
  goal: { title: 'Цель', width: '22fr', align: 'left' },
  result: { title: 'Ключевой результат', width: '24fr', align: 'left' },
  term: { title: 'Сроки', width: '33mm', align: 'center' },
  evidence: { title: 'Документ, закрепляющий результат', width: '20fr', align: 'left' },
  responsible: { title: 'Ответственный', width: '40mm', align: 'left' },
  report: { title: 'Форма отчетности', width: '16fr', align: 'left' },
};

/** Width of a custom column. Fixed widths keep short values («Сроки», names) from breaking inside words. */
export const customColumnWidth = '18fr';
