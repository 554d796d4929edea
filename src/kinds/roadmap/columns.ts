/** Standard roadmap columns, their default titles (FORMAT.md) and relative widths. */
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

export const defaultColumns: readonly StandardColumnKey[] = ['number', 'activity', 'term', 'responsible', 'result'];

type ColumnDefault = { title: string; width: number; align: 'left' | 'center' };

export const columnDefaults: Readonly<Record<StandardColumnKey, ColumnDefault>> = {
  number: { title: '№ п/п', width: 5.5, align: 'center' },
  stage: { title: 'Этап', width: 14, align: 'left' },
  activity: { title: 'Наименование мероприятия', width: 28, align: 'left' },
  goal: { title: 'Цель', width: 22, align: 'left' },
  result: { title: 'Ключевой результат', width: 24, align: 'left' },
  term: { title: 'Сроки', width: 12, align: 'center' },
  evidence: { title: 'Документ, закрепляющий результат', width: 20, align: 'left' },
  responsible: { title: 'Ответственный', width: 14, align: 'left' },
  report: { title: 'Форма отчетности', width: 16, align: 'left' },
};

/** Width share of a custom column. */
export const customColumnWidth = 18;
