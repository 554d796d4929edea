/**
 * Every user-facing sentence of gramota, in Russian: error messages, CLI help and reports.
 * Wording formula: what is wrong, then what was expected or how to fix it.
 */

const quote = (s: string) => `«${s}»`;
const plurals = new Intl.PluralRules('ru');
/** «1 ячейка», «2 ячейки», «5 ячеек». */
const count = (n: number, one: string, few: string, many: string) => {
  const form = plurals.select(n);
  return `${n} ${form === 'one' ? one : form === 'few' ? few : many}`;
};

export const text = {
  // YAML
  yamlSyntax: (detail: string) => `ошибка синтаксиса YAML: ${detail}`,
  yamlCheckLine: 'проверьте отступы, двоеточия и кавычки в этой строке',
  yamlBadIndent:
    'неверный отступ: ключи одного уровня должны начинаться в одном столбце — выровняйте эту строку по соседним',
  yamlMissingChar: 'не закрыты кавычки или скобка',
  yamlBadEscape: 'неверная последовательность с «\\» в тексте в двойных кавычках',
  yamlKeyOneLine: 'ключ должен умещаться на одной строке; проверьте отступы и двоеточия',
  yamlUnexpected: 'неожиданный символ; проверьте отступы и кавычки',
  yamlUnclosedFlow: 'не закрыта скобка «{» или «[» выше: запись в скобках должна закончиться «}» или «]»',
  yamlDuplicateKey: (key: string) =>
    `ключ ${quote(key)} повторяется; у каждого ключа должно быть одно значение`,
  yamlColonInText:
    'в тексте встретилось «: » — YAML принял его за ключ. Заключите значение в кавычки: activity: "Итоги: выводы"',
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

  // Schema
  required: (key: string) => `не заполнено обязательное поле ${quote(key)}`,
  russianKey: (key: string, english: string) =>
    `ключи плана пишутся по-английски: вместо ${quote(key)} используйте ${english}`,
  unknownKey: (key: string) => `неизвестный ключ ${quote(key)}`,
  keyNotHere: (key: string) =>
    `ключ ${quote(key)} здесь не используется: он бывает в другом месте плана или у документов другого типа`,
  didYouMean: (s: string) => `возможно, имелось в виду ${quote(s)}`,
  expectedType: (expected: string, got: string) => `здесь нужен ${expected}, а ${got}`,
  listNotMap: (firstKey: string) =>
    `здесь нужен список, а написан набор «ключ: значение»; если это один элемент списка, поставьте «- » перед его первым ключом: - ${firstKey}: …`,
  typeNames: {
    string: 'текст',
    number: 'число',
    int: 'целое число',
    boolean: 'ответ true или false',
    array: 'список (каждый элемент с новой строки после «- » или в скобках: [a, b])',
    object: 'набор «ключ: значение» (каждый ключ с новой строки, с отступом)',
    record: 'набор «ключ: значение» (каждый ключ с новой строки, с отступом)',
    literal: 'другое значение',
    undefined: 'пустое место',
    null: 'пустое значение',
  } as Readonly<Record<string, string>>,
  valueNames: {
    null: 'значение пустое',
    array: 'написан список',
    object: 'написан набор «ключ: значение»',
    text: (v: string) => `написан текст «${v}»`,
    other: (v: string) => `написано ${v}`,
  },
  unknownValue: (v: string) => `неизвестное значение ${quote(v)}`,
  expectedOneOf: (values: readonly string[]) => `допустимые значения: ${values.join(', ')}`,
  russianDocumentType: (word: string, english: string) =>
    `тип документа пишется по-английски: вместо ${quote(word)} используйте ${english}`,
  unknownDocumentType:
    'неизвестный тип документа; допустимые: roadmap, order, regulation, passport, document, schedule',
  dateFormat: (v: string) =>
    `${quote(v)} — не дата: дата пишется так: 01.10.2020, 1 октября 2020 г. или 2020-10-01`,
  dateInvalid: (v: unknown) => `даты «${String(v)}» нет в календаре`,
  termForm: (v: string) =>
    `срок ${quote(v)} записан не так: дата — 01.09.2020 или 2020-09-01, месяц — 2020-09, год — 2020, диапазон — { from: 2020-09, to: 2020-12 }`,
  termRangeAsText: (v: string, from: string, to: string) =>
    `срок ${quote(v)} — это диапазон; он записывается так: { from: ${from}, to: ${to} }`,
  monthInvalid: (v: string) => `месяц в ${quote(v)} должен быть от 01 до 12`,
  termUntilWithRange: 'в сроке укажите либо until, либо from/to, но не всё вместе',
  termEmptyRange: 'в сроке не указано начало: нужен from или until',
  termReversed: 'окончание срока раньше его начала',
  termOutsidePeriod: (term: string, period: string) =>
    `срок ${quote(term)} выходит за срок реализации проекта (${period})`,
  idFormat: 'id пишется латиницей в нижнем регистре, с цифрами, «-» и «_»: roadmap, order-45, polozhenie_1',
  columnKeyFormat: 'ключ столбца пишется латиницей в нижнем регистре, с цифрами и «_»: partner, budget_2024',
  formatInvalid: 'значение записано не в том виде; посмотрите пример в docs/format.md',
  tooBig: (max: string) => `значение должно быть не больше ${max}`,
  personKeyFormat: 'ключ человека пишется латиницей в нижнем регистре: aleykina, spiridonova',
  stampForm: 'гриф утверждения задаётся одним из способов: { by, date }, { order } или { council, protocol }',
  agreementForm: 'гриф согласования задаётся так: { by, date } или { council, protocol }',
  visaForm: 'виза задаётся так: spiridonova (ключ из people) или { by: spiridonova, date: 30.09.2020 }',
  certificateFormat: (v: string) =>
    `${quote(v)} — не номер сертификата: он пишется шестнадцатеричными цифрами (0–9, A–F), как в программе подписи: 01D7A3F2C4B5E6A7`,
  tooSmall: (min: number) =>
    min <= 1 ? 'список не может быть пустым' : `в списке нужно не меньше ${min} элементов`,
  notAllowedEmpty: 'значение не может быть пустым',
  itemsOrStages: 'укажите либо items (мероприятия), либо stages (этапы), но не оба сразу',
  itemsMissing: 'в дорожной карте нет мероприятий: добавьте items или stages',
  stageColumnWithoutStages: 'столбец stage имеет смысл только вместе со stages',
  unknownItemKey: (key: string) => `неизвестный ключ ${quote(key)}: такого столбца нет в columns`,
  cellValueType: 'значение ячейки — текст, список строк или { numbered: [...] }',
  duplicateColumn: (key: string) => `столбец ${quote(key)} указан дважды`,

  glyphMissing: (ch: string, code: string) =>
    /\p{Cc}/u.test(ch)
      ? `невидимый управляющий символ (${code}) — обычно попадает при копировании из другой программы; удалите его`
      : `символа «${ch}» (${code}) нет в шрифте документа — он не напечатается; замените его обычным текстом`,

  // References
  unknownPerson: (key: string) => `нет человека с ключом ${quote(key)} в people`,
  unknownPersonName: (name: string) =>
    `нет человека ${quote(name)} в people: имя пишется так же, как в people, или замените его ключом человека`,
  personRequired: (value: string) =>
    `здесь нужен человек из people — его ключ или имя, как в people, а не ${quote(value)}`,
  stampWithoutName: (value: string) =>
    `в грифе некому подписать: в by напишите ключ человека, его имя, как в people, или «Должность И.О. Фамилия», а не ${quote(value)}`,
  certificateReversed: (from: string, to: string) =>
    `сертификат действителен «по» ${to} — раньше, чем «с» ${from}; проверьте valid_from и valid_to`,
  signedOutsideCertificate: (date: string, from: string, to: string) =>
    `приказ датирован ${date}, а сертификат электронной подписи действителен с ${from} по ${to}: подписать им нельзя`,
  acquaintanceEmpty:
    'лист ознакомления пуст: перечислите людей в people или задайте blank_rows — число пустых строк',
  visaAfterOrder: (visa: string, order: string) =>
    `виза датирована ${visa.split('-').reverse().join('.')} — позже приказа (${order.split('-').reverse().join('.')}): проект визируют до подписания`,
  visaWithoutName: (value: string) =>
    `виза — это подпись человека: напишите ключ из people, имя, как в people, или «Должность И.О. Фамилия», а не ${quote(value)}`,
  visaTwice: (name: string) => `${quote(name)} визирует приказ дважды; оставьте одну визу`,
  orderKeyFormat: 'id приказа пишется латиницей в нижнем регистре: prikaz-27, order-2024',
  unknownOrder: (key: string) => `нет приказа с id ${quote(key)} в orders`,
  unknownOrderAnywhere: (key: string) => `нет приказа с id ${quote(key)} ни в documents, ни в orders`,
  orderIdTaken: (id: string) => `id ${quote(id)} есть и в orders, и в documents; дайте им разные id`,
  appendixToPlanOrder: (order: string, id: string) =>
    `приказ ${quote(order)} собирается из плана: вместо appendix_to добавьте документ в его appendices: [${id}]`,
  appendixToAndAppended: (order: string) =>
    `документ уже приложен к приказу ${quote(order)} через appendices; appendix_to здесь лишний`,
  unknownDocument: (key: string) => `нет документа с id ${quote(key)} в documents`,
  scheduleNotRoadmap: (key: string) =>
    `в документе ${quote(key)} нет мероприятий: календарный план-график строится по дорожной карте (type: roadmap) или по документу с таблицей roadmap`,
  scheduleNoPeriod:
    'календарному плану-графику нужен срок проекта: project.period с датами, например { from: 2025-09, to: 2027-06 }',
  scheduleTooMany: (columns: number, scale: string, most: number) =>
    `в календарном плане-графике вышло бы ${columns} столбцов (${scale}), а на странице помещается ${most}; укажите scale: quarters или scale: years`,
  scheduleScaleWord: (scale: 'months' | 'quarters' | 'years') =>
    ({ months: 'месяцы', quarters: 'кварталы', years: 'годы' })[scale],
  scheduleYears: 'Годы',
  scheduleLegend: (scale: 'months' | 'quarters' | 'years', stages: boolean) =>
    `Закрашены ${{ months: 'месяцы', quarters: 'кварталы', years: 'годы' }[scale]}, на которые приходятся сроки${stages ? ': тёмным — этапов, светлым — мероприятий' : ' мероприятий'}.`,
  scheduleWordsEntry: (row: string, words: readonly string[], dated: boolean) =>
    `${row} — ${words.join(', ')}${dated ? ' (закрашены только даты)' : ''}`,
  scheduleWordsNote: (entries: readonly string[]) =>
    `Примечание. Сроки, указанные словами, закрашены на весь срок этапа (вне этапов — на весь срок проекта): ${entries.join('; ')}.`,
  // Network projects: variants
  variantFolderFormat:
    'имя папки: строчные латинские буквы, цифры, «-» и «_», первой — буква (kolledzh-1, chpk)',
  variantFolderTwice: (folder: string) =>
    `папка ${quote(folder)} уже занята другой организацией плана; задайте этой организации свою: folder: …`,
  variantNotAnOrder: (id: string) =>
    `${quote(id)} — не приказ: в documents варианта задаются номер и дата только приказов плана`,
  inVariant: (folder: string, message: string) => `для организации ${quote(folder)}: ${message}`,
  notAnOrder: (key: string) => `документ ${quote(key)} не приказ: утвердить можно только приказом`,
  appendixTwice: (id: string, first: string) =>
    `документ ${quote(id)} уже приложен к приказу ${quote(first)}`,
  approvedButNotAppended: (id: string, order: string) =>
    `документ утверждён приказом ${quote(order)}, но его нет в appendices этого приказа; добавьте: appendices: [${id}]`,
  approveNotAppended: (id: string) =>
    `утверждаемый документ ${quote(id)} нужно приложить к приказу: добавьте его в appendices`,
  appendixIsOrder: (id: string) => `приказ ${quote(id)} не может быть приложением`,
  appendixSelf: 'приказ не может быть приложением к самому себе',
  orderBlankNumber: 'у приказа, на который ссылаются, должен быть номер',
  controlUnknown: (v: string) => `control: self или ключ человека, а не ${quote(v)}`,
  clauseEmpty: 'в пункте нет текста: нужен text, approve или person',
  personWithoutText:
    'у пункта с person нужен text — что поручить этому человеку: «Назначить ответственным за …»',
  orderStamp: 'у приказа нет грифов: его подписывает руководитель (signer); уберите approval и agreement',
  tableWidths: (got: number, expected: number) =>
    `в widths ${count(got, 'число', 'числа', 'чисел')}, а столбцов ${expected}`,
  passportMixed:
    'value: либо список строк, либо список блоков (heading, paragraph, list, numbered), но не вперемешку',
  tableRowWidth: (row: number, got: number, expected: number) =>
    `в строке ${row} ячейки занимают ${count(got, 'столбец', 'столбца', 'столбцов')}, а в таблице их ${expected} (ячейки под rowspan пропускаются)`,
  tableRowspanPastEnd: (rows: number) =>
    `rowspan объединяет строки ниже последней: в таблице ${count(rows, 'строка', 'строки', 'строк')}`,
  duplicateId: (id: string) => `id ${quote(id)} уже занят другим документом`,
  noHead: 'не указано, кто утверждает: задайте approval.by или organization.head',
  agreementWithoutPerson: 'в грифе согласования укажите by — кто согласует',
  unknownColumnTitle: (key: string) => `заголовок задан для столбца «${key}», которого нет в columns`,

  // Templates and markup
  templatesFolderMissing: (dir: string) =>
    `папка шаблонов ${quote(dir)} не найдена (settings.templates; путь считается от папки файла плана)`,
  templateMissing: (name: string) => `шаблон ${quote(name)} не найден`,
  templateSyntax: (detail: string) => `ошибка в шаблоне: ${detail}`,
  partialMissing: (name: string) =>
    `ошибка в шаблоне: вставка ${quote(name)} не найдена — нужен файл partials/${name}.hbs в папке шаблонов`,
  templateFieldMissing: (field: string) =>
    `ошибка в шаблоне: поля ${quote(field)} нет в данных документа; проверьте, как оно называется во встроенном шаблоне (templates/)`,
  templateTooLarge:
    'шаблон порождает слишком большой документ (вложенные {{#each}} перебирают строки много раз) — проверьте циклы шаблона',
  templateRecursion:
    'шаблон вставляет сам себя без конца (вставка внутри той же вставки) — проверьте вставки {{> …}}',
  markupInvalid: (detail: string) => `шаблон дал неверную разметку: ${detail}`,
  markupUnknownTag: (tag: string, allowed: readonly string[]) =>
    `неизвестный элемент <${tag}>; здесь допустимы: ${allowed.map((t) => `<${t}>`).join(', ')}`,
  markupBadAttribute: (tag: string, attr: string, detail: string) => `у <${tag}> атрибут ${attr}: ${detail}`,
  attrNotOneOf: (v: string, values: readonly string[]) => `«${v}»; допустимы: ${values.join(', ')}`,
  attrNotPositiveInt: (v: string) => `«${v}»; нужно целое число больше 0`,
  attrWidthsRequired: 'обязателен, например widths="10mm 1fr 2fr"',
  attrBadFill: (v: string) => `«${v}»; нужен цвет из шести шестнадцатеричных цифр, например #BFBFBF`,
  attrBadWidth: (part: string) => `«${part}»; нужно число с mm или fr, например 25mm или 2fr`,
  attrUnknown: (allowed: readonly string[]) =>
    `неизвестный атрибут; допустимы: ${allowed.join(', ') || 'нет'}`,
  spanPastRows: (row: number, span: number, left: number) =>
    `ячейка в строке ${row} объединяет ${count(span, 'строку', 'строки', 'строк')} (row-span), а до конца таблицы ${count(left, 'строка', 'строки', 'строк')}`,
  spanPastColumns: (row: number, reach: number, columns: number) =>
    `в строке ${row} ячейки доходят до столбца ${reach}, а в таблице их ${columns} (col-span и ячейки под row-span сверху)`,
  spanOverlap: (row: number) =>
    `в строке ${row} ячейка с col-span накрывает столбец, который ещё занят ячейкой с row-span сверху`,
  textOutsideParagraph: (s: string) => `текст «${s}» вне <p>`,
  markupNoDocument: 'нет корневого элемента <document>',
  markupNoSection: 'в <document> нет ни одного <section>',

  // Output and CLI
  fontMissing: (path: string) => `не найден файл шрифта ${path}: переустановите gramota`,
  writeFailed: (reason: string) => `не записано: ${reason}; прежняя версия, если была, не тронута`,
  writeReason: (code: string | undefined) =>
    ({
      outside: 'имя указывает за пределы папки вывода',
      EACCES: 'нет прав на запись в папку',
      EPERM: 'файл открыт в другой программе или нет прав на запись — закройте его и повторите',
      EBUSY: 'файл открыт в другой программе — закройте его (например, в Word) и повторите',
      EROFS: 'диск только для чтения',
      ENOSPC: 'на диске нет места',
      EISDIR: 'на месте файла лежит папка с тем же именем',
      ENOTEMPTY: 'на месте файла лежит папка с тем же именем',
      ENOTDIR: 'на месте папки вывода лежит файл с тем же именем',
      EEXIST: 'на месте папки вывода лежит файл с тем же именем',
      ENOENT: 'папка вывода недоступна: диск отключён или только для чтения, или путь к ней неверен',
      ENAMETOOLONG: 'слишком длинный путь к папке вывода; выберите папку с путём короче (--out)',
      EMFILE: 'открыто слишком много файлов; закройте лишние программы и повторите',
      EIO: 'ошибка записи на диск; проверьте носитель',
      EDQUOT: 'превышена квота на диске',
      EFBIG: 'файл слишком велик для этого диска (например, флешки в FAT32)',
    })[code ?? ''] ?? `ошибка системы ${code ?? 'без кода'}`,
  packageNotWritten: (total: number) =>
    `пакет не записан (${count(total, 'файл', 'файла', 'файлов')}): папка с документами осталась прежней`,
  built: (file: string) => `  ${file}`,
  wordTooWide: (word: string, column: string, columnMm: number, neededMm: number) =>
    `предупреждение: слово ${quote(word)} не помещается в столбец ${quote(column)} ` +
    `(ему нужно ${Math.ceil(neededMm)} мм, а столбец шириной ${Math.floor(columnMm)} мм) и будет разорвано ` +
    'между буквами. Сократите слово или разделите его пробелом или дефисом, уберите лишние столбцы из columns ' +
    'или, в таблице документа, дайте этому столбцу большую долю в widths',
  builtPlan: (plan: string, count: number) => `${plan}: готово документов — ${count}`,
  checked: (plan: string, count: number) => `${plan}: ошибок нет, документов — ${count}`,
  noDocumentMatches: (id: string, ids: readonly string[]) =>
    `в плане нет документа с id ${quote(id)} (--only); в плане есть: ${ids.join(', ')}`,
  usageUnknownCommand: (cmd: string) => `неизвестная команда ${quote(cmd)} (см. gramota --help)`,
  usageUnknownOption: (opt: string) => `неизвестный параметр ${quote(opt)} (см. gramota --help)`,
  usageMissingValue: (opt: string) => `после ${opt} нужно значение`,
  usageNoPlans: 'укажите файл плана: gramota build plan.yaml',
  usageBadFormat: (f: string) => `неизвестный формат ${quote(f)}; допустимы docx, pdf`,
  planFolderCollision: (first: string, second: string, folder: string) =>
    `планы ${first} и ${second} записали бы документы в одну папку ${folder}; переименуйте один из файлов или соберите их по отдельности с разными --out`,
  noPlansInFolder: (dir: string) => `в папке ${dir} нет файлов .yaml`,
  buildProgress: (done: number, total: number) =>
    `Сборка: ${done} из ${count(total, 'плана', 'планов', 'планов')}…`,
  usageBadJobs: (value: string) =>
    `GRAMOTA_JOBS — число одновременно собираемых планов, целое от 1, а указано ${quote(value)}`,
  usageBadEpoch: (value: string) =>
    `SOURCE_DATE_EPOCH — дата создания в секундах с 1970 года, целое число до 4102444800 (2100 год), а указано ${quote(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`,
  helpEnvironment: `Переменные окружения:
  GRAMOTA_JOBS=N        сколько планов собирать одновременно (по умолчанию — по числу ядер от 4 ядер, иначе 1)
  SOURCE_DATE_EPOCH=С   дата создания в файлах, секунды с 1970 года (для воспроизводимой сборки)
  GRAMOTA_SOFFICE=ПУТЬ  программа LibreOffice для gramota import .doc/.odt (по умолчанию soffice)`,
  internalError: (plan: string) =>
    `${plan}: внутренняя ошибка gramota при сборке — это ошибка программы, а не плана; сообщите о ней разработчикам`,
  help: `gramota — пакет официальных документов проекта из одного YAML-плана

Использование:
  gramota build <план.yaml|папка>… [--out ПАПКА] [--format docx,pdf] [--only ID]
                         собрать документы в output/<имя плана>/
  gramota check <план.yaml>…   только проверить план
  gramota import <документ.docx> [-o план.yaml]
                         план из документа Word (.docx; .doc и .odt — через LibreOffice)
  gramota schema              вывести JSON Schema плана (для подсказок в редакторе)
  gramota studio [план.yaml] [--port N] [--no-open]
                         студия в браузере: план, страницы документов, скачивание пакета
  gramota --help | --version

Параметры:
  --out ПАПКА       куда писать (по умолчанию ./output)
  --format СПИСОК   docx, pdf или docx,pdf (по умолчанию оба)
  --only ID         собрать только документ с этим id

Коды выхода: 0 — готово, 1 — ошибка в плане или при записи, 2 — неверный вызов.`,
} as const;

/** The studio's page (src/web/page/) and `gramota studio`. */
export const studioText = {
  title: 'gramota — студия',
  newPlan: 'Новый план',
  starters: {
    roadmap: 'Дорожная карта',
    'order-roadmap': 'Приказ с дорожной картой',
    package: 'Полный пакет РИП',
  },
  openFile: 'Открыть файл…',
  downloadDocx: 'Скачать DOCX',
  downloadPdf: 'Скачать PDF',
  downloadZip: 'Скачать весь пакет (ZIP)',
  packageTab: 'Весь пакет (PDF)',
  building: 'Собираю…',
  preparing: 'Готовлю файлы…',
  built: (ms: number) => `Собрано за ${ms} мс`,
  problems: (n: number) => (n === 1 ? 'В плане 1 ошибка' : `Ошибок в плане: ${n}`),
  noProblems: 'Ошибок нет',
  at: (line: number, column: number) => `строка ${line}, столбец ${column}`,
  atLine: (line: number) => `строка ${line}`,
  crash: (detail: string) =>
    `внутренняя ошибка gramota — это ошибка программы, а не плана; сообщите о ней разработчикам. ${detail}`,
  replaceDraft: 'Заменить текст в редакторе новым планом? Текущий текст пропадёт.',
  savedTo: (file: string) => `Изменения сохраняются в ${file}`,
  saveFailed: (detail: string) => `Не удалось сохранить план: ${detail}`,
  draftKept: 'Черновик хранится в этом браузере',
  unreadableFile: (name: string) => `Не удалось прочитать файл ${name}: план — это текстовый файл .yaml`,
  emptyPreview: 'Здесь появятся страницы документа',
  rowsToggle: 'Мероприятия таблицей',
  pagesToggle: 'Страницы',
  addRow: 'Добавить мероприятие',
  moveUp: 'Переместить выше',
  moveDown: 'Переместить ниже',
  newActivity: 'Новое мероприятие',
  rowColumns: { activity: 'Мероприятие', term: 'Срок', responsible: 'Ответственный', result: 'Результат' },
  listInText: 'список — правится в тексте плана',
  importWord: 'Импорт из Word…',
  importing: 'Импортирую документ…',
  replaceByFile: (file: string) => `Заменить текст в редакторе планом из ${file}? Текущий текст пропадёт.`,
  replaceServedByFile: (file: string, served: string) =>
    `Заменить план ${served} текстом из ${file}? Файл ${served} будет перезаписан.`,
  imported: (file: string) => `План импортирован из ${file}`,
  importNotes: (file: string, n: number) =>
    `План импортирован из ${file}. Что проверить (в плане — комментарии «# импорт:»): ${n}`,
  importFailed: (file: string) => `Не удалось импортировать ${file}`,
  importOnlyDocx: (file: string) =>
    `${file}: в студии импортируются только документы .docx — откройте файл в Word или LibreOffice и сохраните его как .docx (команда gramota import преобразует .doc и .odt сама, если установлен LibreOffice)`,
  importOldWord:
    'это документ Word 97–2003 (.doc), хотя имя его — .docx: откройте его в Word или LibreOffice и сохраните как .docx',
  hideNotice: 'Скрыть',
  // gramota studio
  serving: (url: string) => `Студия открыта: ${url}\nОстановить — Ctrl+C`,
  editing: (file: string) => `Редактируется ${file}; каждое изменение сохраняется в этот файл`,
  siteMissing: (dir: string) =>
    `студия не собрана: нет ${dir}; выполните npm run build:web (или npm ci, который собирает её сам)`,
  portBusy: (port: number) => `порт ${port} занят; укажите другой: gramota studio --port 8181`,
  portUnavailable: (port: number, code: string) =>
    `не удалось открыть порт ${port} (${code}); укажите другой: gramota studio --port 8181`,
  onePlan: 'студия открывает один план: gramota studio plan.yaml',
  badPort: (value: string) => `--port: ожидается номер порта от 1 до 65535, получено «${value}»`,
} as const;

/** `gramota import`: reading a Word file back into a plan. */
export const importText = {
  notDocx:
    'это не документ Word (.docx): файл не похож на архив DOCX; откройте его в Word и сохраните как .docx',
  encrypted:
    'документ защищён паролем: снимите пароль в Word («Файл» — «Сведения» — «Защита документа») и сохраните заново',
  oldWordFormat:
    'это документ Word 97–2003 (.doc): сохраните его в Word как .docx или установите LibreOffice — тогда gramota преобразует его сама',
  odtInDisguise: 'это документ OpenDocument (.odt), а не .docx: дайте файлу расширение .odt',
  damaged: 'документ повреждён: архив DOCX или его XML не читаются; сохраните его в Word заново',
  noContent:
    'в документе нет ни таблицы, ни приказа, ни положения с пунктами 1.1.: импорт переносит в план дорожные карты (таблицы мероприятий), приказы, положения и документы с таблицами',
  empty: 'в документе нет текста',
  noConverter: (ext: string) =>
    `файлы ${ext} преобразуются в .docx программой LibreOffice, а она не установлена: установите LibreOffice или сохраните файл в Word как .docx`,
  conversionFailed: (ext: string) =>
    `LibreOffice не преобразовал ${ext} в .docx; сохраните файл как .docx вручную`,
  usageNoFile: 'укажите документ: gramota import документ.docx [-o план.yaml]',
  usageOneFile: 'импортируется один документ за раз: gramota import документ.docx [-o план.yaml]',
  written: (file: string) => `план записан: ${file}`,
  summaryHeader: (file: string) => `${file}: что проверить в плане (строки с комментарием «# импорт:»):`,
  termAsText: (form: string, printed: string) =>
    `срок оставлен текстом, как в документе; можно записать ${form} — тогда он напечатается «${printed}» и будет проверяться`,
  numberNotRead: (n: string) => `номер «${n}» не прочитан как 1, 1.1, 1.1.1; мероприятие — на верхнем уровне`,
  numberChanged: (read: string, printed: string) =>
    `в документе номер «${read}», план напечатает «${printed}»`,
  numberSkipsLevel:
    'номер пропускает уровень вложенности; мероприятие вложено на один уровень глубже предыдущего',
  stageNumbered: (n: number) => `gramota сама нумерует этапы: в документе будет «${n}. …»`,
  stageWord: (title: string) =>
    `gramota допишет «этап»: «${title} этап»; если не нужно, добавьте «этап» в title`,
  stageEmpty: 'у этапа в документе нет мероприятий; план требует хотя бы одно — добавлено пустое',
  itemsBeforeStage: (n: number) => `строк до первого этапа: ${n}; они поставлены в начало первого этапа`,
  initialsFirst: 'в таблице gramota пишет «Фамилия И.О.», а в документе инициалы стоят перед фамилией',
  councilGuess: 'гриф коллегиального органа: проверьте council (в родительном падеже) и протокол',
  stampDateNotRead: (line: string) => `дата грифа «${line}» не прочитана; поставлено место для даты от руки`,
  stampDateInWords: (line: string) =>
    `в документе дата грифа «${line}»; gramota напечатает её цифрами (01.10.2020), а словами — при settings.date_style: words`,
  stampWithoutSigner: 'в грифе не найдено, кто утверждает; укажите by или organization.head',
  orderStampMissing:
    'гриф «УТВЕРЖДЕН приказом …»: приказа нет в этом файле, гриф не перенесён; импортируйте приказ вместе с документом или задайте approval сами',
  listFlattened: 'вложенный маркированный список перенесён на один уровень с основным',
  continuedTable:
    'таблица в документе разбита вручную («Продолжение таблицы»); в плане она одна — gramota сама переносит её по страницам',
  titleGuess: 'заголовок документа не найден по стилю; взят первый абзац — проверьте title',
  organizationUnknown: 'наименование организации в документе не найдено; впишите его',
  organizationShortOnly:
    'полное наименование организации в документе не найдено; стоит сокращённое — впишите полное',
  organizationPlaceholder: 'Наименование организации',
  organizationGuess: 'абзац над заголовком принят за наименование организации',
  orderRequisitesNotRead: 'дата и номер приказа не найдены под словом ПРИКАЗ; впишите date и number',
  afterSignature: (text: string) => `после подписи в документе есть текст, который не перенесён: «${text}»`,
  controlKept:
    'пункт о контроле перенесён текстом; gramota добавит свой пункт «Контроль … оставляю за собой» — задайте control: ключ человека и удалите этот пункт',
  header: (source: string) =>
    `План получен командой gramota import из ${source}. Строки с «# импорт:» — догадки; проверьте их и соберите: gramota build`,
  signerNotFound: 'подпись под приказом не найдена; впишите в people, кто подписывает (должность и имя)',
  signerPlaceholder: 'Фамилия И.О.',
  signerPositionPlaceholder: 'Директор',
  textBeforeSection: 'текст до первого раздела положения стал разделом; проверьте',
  sectionEmpty: 'в разделе положения нет пунктов; план требует хотя бы один — добавлен пустой',
  organizationFromCouncil: (org: string) => `«${org}» из грифа принято за organization.short_name`,
  organizationFromStamps: 'наименование организации взято из таблицы с грифом',
  stampTableText: (text: string) =>
    `текст «${text}» из таблицы с грифом не перенесён: грифы gramota пишет сама`,
  picturesDropped: (n: number) => `рисунков в документе: ${n}; в план рисунки не переносятся`,
  planProblems: 'перед сборкой исправьте в плане (gramota check покажет то же):',
  summaryLine: (where: string, note: string) => `  ${where}: ${note}`,
} as const;
