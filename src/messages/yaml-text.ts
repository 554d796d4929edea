import { count, quote } from './words.js';

/** A key above the line a message is about: its name, line and column (from 1). */
type KeyPlace = { key: string; line: number; column: number };

/** What a sign at the start of a text means to YAML. */
const reservedMeaning: Readonly<Record<string, string>> = {
  '*': 'а так в YAML начинается ссылка на метку (*имя)',
  '&': 'а так в YAML ставится метка для ссылок (&имя)',
  '!': 'а так в YAML указывается тип значения (!тип)',
  '|': 'а так в YAML начинается текст на нескольких строках',
  '>': 'а так в YAML начинается текст на нескольких строках',
  '@': 'а с этого знака текст без кавычек в YAML начинаться не может',
};

/** What gramota says about the YAML of a plan: its syntax and the usual slips of a hand that writes it. */
export const yamlText = {
  yamlSyntax: (detail: string) => `ошибка синтаксиса YAML: ${detail}`,
  yamlCheckLine: 'проверьте отступы, двоеточия и кавычки в этой строке',
  yamlBadIndent:
    'неверный отступ: ключи одного уровня должны начинаться в одном столбце — выровняйте эту строку по соседним',
  yamlMissingChar: 'не закрыты кавычки или скобка',
  yamlBadEscape: 'неверная последовательность с «\\» в тексте в двойных кавычках',
  yamlKeyOneLine: 'ключ должен умещаться на одной строке; проверьте отступы и двоеточия',
  yamlMissingColon: (key: string) => `после ключа «${key}» нет двоеточия: пишите «${key}: значение»`,
  yamlSpaceAfterColon: (key: string) => `после двоеточия нужен пробел: «${key}: значение»`,
  yamlSpaceBeforeColon: (key: string) =>
    `пробел стоит перед двоеточием, а не после него: пишите «${key}: значение» — двоеточие сразу за ключом, пробел за двоеточием`,
  yamlSpaceAfterDash: 'после «-» в начале элемента списка нужен пробел: «- текст»',
  yamlMissingDash:
    'у первого элемента списка нет «- »: ниже на том же отступе элементы начинаются с «- », а этот — нет; поставьте «- » перед его первым ключом',
  yamlItemShiftedLeft: (spaces: number) =>
    `элемент списка сдвинут левее соседних на ${count(spaces, 'пробел', 'пробела', 'пробелов')}: поставьте «-» ровно под «-» элемента выше`,
  yamlItemShifted: (item: {
    list: string | undefined;
    spaces: number;
    deeper: boolean;
    column: number;
    line: number;
    firstKey: string;
    partOf: string | undefined;
  }) =>
    `элемент списка${item.list ? ` «${item.list}»` : ''} стоит на ${count(item.spaces, 'пробел', 'пробела', 'пробелов')} ${item.deeper ? 'правее' : 'левее'} остальных его элементов (они начинаются в столбце ${item.column}, как в строке ${item.line})` +
    (item.partOf ? `, и YAML читает его как часть «${item.partOf}» выше` : '') +
    `; сдвиньте его ${item.deeper ? 'влево' : 'вправо'}, чтобы «-» стоял ровно под «-» строки ${item.line} («- ${item.firstKey}: …»)`,
  yamlKeyShifted: (key: string, near: KeyPlace, spaces: number, right: boolean) =>
    `ключ «${key}» стоит на ${count(spaces, 'пробел', 'пробела', 'пробелов')} ${right ? 'левее' : 'правее'} ключа «${near.key}» в строке ${near.line}: ключи одного уровня пишутся ровно друг под другом — поставьте «${key}» под «${near.key}», в столбец ${near.column}`,
  yamlKeyBetween: (key: string, left: KeyPlace, right: KeyPlace) =>
    `ключ «${key}» не стоит ровно ни под одним ключом выше: левее него «${left.key}» (строка ${left.line}, столбец ${left.column}), правее — «${right.key}» (строка ${right.line}, столбец ${right.column}); поставьте «${key}» ровно под тот из них, с которым он на одном уровне`,
  yamlListLineWithoutDash:
    'у элемента списка нет «- »: строка стоит под «-» элементов выше, но сама без него — поставьте «- » в её начале',
  yamlItemWithoutDash: (key: string) =>
    `ключ «${key}» второй раз в одном элементе списка: похоже, здесь начинается новый элемент, а «- » перед ним нет — напишите «- ${key}: …», с «-» под «-» элемента выше`,
  yamlNoBreakSpace: (key: string) =>
    `после «${key}:» стоит неразрывный пробел (так бывает при копировании из Word) — замените его обычным пробелом`,
  yamlUnclosedQuote: (quote: string) =>
    `кавычка ${quote} открыта, а закрывающей ${quote} в конце значения нет — допишите её (или уберите обе кавычки)`,
  yamlTextAfterQuote: (quote: string) =>
    quote === '"'
      ? 'значение в кавычках кончилось на второй кавычке ", а за ней ещё текст. Если кавычки — часть текста, возьмите всё значение в одинарные кавычки: activity: \'"Точка роста" — открытые уроки\' или замените внутренние кавычки «ёлочками»'
      : "значение в кавычках кончилось на второй кавычке ', а за ней ещё текст. Если кавычка — часть текста, удвойте её ('') или возьмите значение в двойные кавычки",
  yamlColonAtEnd: (value: string) =>
    `текст «${value}» кончается двоеточием, и YAML принимает его за ключ; заключите его в кавычки: "${value}"`,
  yamlEmptyFlowItem:
    'между запятыми в скобках ничего нет, а пустого элемента YAML не понимает; для пустой ячейки напишите две кавычки: [Иванов И.И., "", член группы]',
  yamlUnexpected: 'неожиданный символ; проверьте отступы и кавычки',
  yamlUnclosedFlow: 'не закрыта скобка «{» или «[» выше: запись в скобках должна закончиться «}» или «]»',
  yamlDuplicateKey: (key: string) =>
    `ключ ${quote(key)} повторяется; у каждого ключа должно быть одно значение`,
  /** `quoted` is the user's own line with the text in quotes: `title: "Итоги: выводы"`. */
  yamlColonInText: (quoted: string, singleQuotes: boolean) =>
    singleQuotes
      ? `в тексте встретилось «: » — YAML принял его за ключ. В тексте есть кавычки "…", поэтому заключите весь текст в одинарные кавычки: ${quoted}`
      : `в тексте встретилось «: » — YAML принял его за ключ. Заключите весь текст в кавычки: ${quoted}`,
  yamlReservedStart: (char: string, quoted: string) =>
    `текст начинается с «${char}», ${reservedMeaning[char] ?? reservedMeaning['@']}; заключите весь текст в кавычки: ${quoted}`,
  yamlLostAnchor: (anchor: string, kept: string, quoted: string) =>
    `текст начинается с «&», и YAML принял «&${anchor}» за метку для ссылок: в документ попадёт ${kept === '' ? 'пустое значение' : `только ${quote(kept)}`}; заключите весь текст в кавычки: ${quoted}`,
  yamlUnknownAlias: (name: string, quoted: string) =>
    `«*${name}» — это ссылка на метку «&${name}», а такой метки в файле выше нет; если это текст, заключите его в кавычки: ${quoted}`,
  colonInListText: (start: string) =>
    `в тексте «${start}: …» встретилось «: » — YAML принял начало текста за ключ. Заключите весь текст в кавычки: - "${start}: …"`,
  yamlGluedComment: (kept: string, dropped: string) =>
    `после « #» YAML считает текст комментарием: в документ попадёт только ${quote(kept)}, без ${quote(dropped)}; если это часть текста, заключите всё значение в кавычки: "${kept} ${dropped}", а если комментарий — поставьте пробел после «#»`,
  yamlMergedItem: (line: string) =>
    `строка ${quote(line)} сдвинута правее «-» элемента списка над ней, и YAML приклеил её к его тексту — в документе два пункта слились бы в один; выровняйте «-» по соседним элементам`,
  yamlComplexKey: 'ключ должен быть словом, а не списком или набором ключей в скобках',
  yamlTab: 'отступ сделан табуляцией; в YAML отступы делаются только пробелами',
  yamlEmpty: 'файл пуст: в плане должны быть organization и documents',
  yamlRootNotMap: 'в начале плана должны быть ключи organization, people, documents, а не список или текст',
  planTooLarge: (mb: number) =>
    `файл плана больше ${mb} МБ — это не похоже на план; проверьте, тот ли файл указан`,
  planBinary: 'это не текстовый файл (похоже на документ Word или архив); план — это текстовый файл .yaml',
  planNotUtf8:
    'файл не в кодировке UTF-8 (возможно, сохранён в Windows-1251); сохраните его в UTF-8: в Блокноте — «Сохранить как», кодировка UTF-8',
  yamlAliases: 'слишком много ссылок-псевдонимов (*имя) — план разворачивается в огромный объём; уберите их',
  bidiControl: (code: string) =>
    `невидимый символ направления письма (${code}) — он переставляет буквы на экране, и Word и PDF покажут текст по-разному; удалите его`,
  yamlTooDeep: (max: number) => `вложенность глубже ${max} уровней — проверьте отступы`,
  fileNotFound: (file: string) => `файл не найден: ${file}`,
  fileUnreadable: (file: string, reason: string) => `не удалось прочитать ${file}: ${reason}`,
  planIsFolder: 'это папка, а не файл плана; укажите файл .yaml или папку с ними в команде',
  planNotRegularFile:
    'это не обычный файл (канал или устройство), из него нельзя прочитать план; укажите файл .yaml',
  planUtf16:
    'файл сохранён в кодировке UTF-16 (в Блокноте она называется «Юникод»); сохраните его в UTF-8: «Сохранить как», кодировка UTF-8',
  readNotFound: 'файл или папка на пути к нему не найдены',
  readDenied: 'нет прав на чтение файла',
  pathTooLong: 'слишком длинное имя файла или путь к нему; сократите имена папок или перенесите файл',
  readLinkLoop: 'ярлык (символическая ссылка) указывает сам на себя',
  readDeviceError: 'ошибка чтения с диска; проверьте носитель',
  readBusy: 'файл занят другой программой; закройте её и повторите',
  systemError: (code: string | undefined) => `ошибка системы ${code ?? 'без кода'}`,
} as const;
