import { quote } from './words.js';

/** What gramota says about slips of typing and pasting: numbers, markers, «г.», quotes written by hand. */
export const slipsText = {
  titleNumber: (number: string) =>
    `${quote(number)} в начале названия: номера разделов и этапов gramota ставит сама — уберите ${quote(number)}, иначе напечатается дважды`,
  orderTitleNumber: (number: string) =>
    `${quote(number)} в начале названия приказа: название печатается без номера, а имя файла начиналось бы с ${quote(number)} — уберите его`,
} as const;
