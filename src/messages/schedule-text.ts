/** The plan-schedule's legend and note (kinds/schedule): the words printed under its grid. */
export const scheduleText = {
  // The package's dash is «–» with a no-break space before it, as typography sets it in every other text.
  scheduleLegend: (scale: 'months' | 'quarters' | 'years', stages: boolean) =>
    `Закрашены ${{ months: 'месяцы', quarters: 'кварталы', years: 'годы' }[scale]}, на которые приходятся сроки${stages ? ': тёмным\u00A0– этапов, светлым\u00A0– мероприятий' : ' мероприятий'}.`,
  scheduleWordsEntry: (row: string, words: readonly string[], dated: boolean) =>
    `${row}\u00A0– ${words.join(', ')}${dated ? ' (закрашены только даты)' : ''}`,
  scheduleWordsNote: (entries: readonly string[]) =>
    `Примечание. Сроки, указанные словами, закрашены на весь срок этапа (вне этапов\u00A0– на весь срок проекта): ${entries.join('; ')}.`,
} as const;
