import { quote } from './words.js';

/** What gramota says about slips of typing and pasting (numbers, markers, «г.», quotes) and of dates (deadlines). */
export const slipsText = {
  titleNumber: (number: string) =>
    `${quote(number)} в начале названия: номера разделов и этапов gramota ставит сама — уберите ${quote(number)}, иначе напечатается дважды`,
  orderTitleNumber: (number: string) =>
    `${quote(number)} в начале названия приказа: название печатается без номера, а имя файла начиналось бы с ${quote(number)} — уберите его`,
  deadlineBeforeOrder: (term: string, date: string) =>
    `срок ${quote(term)} раньше даты самого приказа (${date.split('-').reverse().join('.')}): когда приказ подпишут, он уже пройдёт — проверьте дату или год`,
  yearMarkTwice: (written: string, right: string) =>
    `${quote(written)}: «г.» написано дважды и так и напечаталось бы — напишите ${quote(right)}`,
  cellMarker: (marker: string) =>
    `${quote(marker)} в начале текста ячейки: маркер, скопированный из Word, напечатался бы как есть — уберите ${quote(marker)}; перечень в ячейке пишется списком: [первая строка, вторая строка]`,
  prepositionOb: (written: string, right: string) =>
    `${quote(written)}: перед гласной пишется «об» — ${quote(right)}`,
  clauseSmallStart: (start: string, capital: string) =>
    `пункт начинается со строчной буквы: ${quote(`${start} …`)} — пункт с номером пишется с прописной: ${quote(`${capital} …`)}; если это строка перечня, закончите пункт над ним двоеточием`,
  pastedNumber: (number: string) =>
    `${quote(number)} в начале текста: номера пунктов и строк gramota ставит сама — уберите ${quote(number)}, иначе напечатается дважды`,
  listLineNumber: (number: string) =>
    `${quote(number)} в начале строки списка: перед строками gramota ставит тире, и номер напечатался бы после него (${quote(`– ${number} …`)}) — уберите ${quote(number)}`,
  pastedMarker: (marker: string) =>
    `${quote(marker)} в начале строки списка: тире перед строками gramota ставит сама — уберите ${quote(marker)}, иначе напечатается дважды`,
  keyWithoutColon: (key: string, fixed: string) =>
    `похоже, пропущено двоеточие после ключа ${quote(key)}: без него ключ напечатался бы как часть текста — напишите ${quote(fixed)}`,
  keyWithoutSpace: (key: string, fixed: string) =>
    `похоже, после двоеточия за ключом ${quote(key)} нет пробела: без него ключ напечатался бы как часть текста — напишите ${quote(fixed)}`,
} as const;
