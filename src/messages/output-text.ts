import { count, quote } from './words.js';

/** Whose name or position in `people` a word of a document comes from (plan/person-word-place.ts). */
type WordPerson = { readonly key: string; readonly field: 'name' | 'position' };

/** « (из имени coordinator в people)». */
const fromPerson = (person: WordPerson | undefined) =>
  person === undefined
    ? ''
    : ` (из ${person.field === 'name' ? 'имени' : 'должности'} ${person.key} в people)`;

/** What gramota says about templates, markup, output files and the command line. */
export const outputText = {
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
  attrTitlesCount: (titles: number, columns: number) =>
    `${count(titles, 'название', 'названия', 'названий')} через «|», а столбцов в widths — ${columns}`,
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
  wordTooWide: (word: string, column: string, columnMm: number, neededMm: number, person?: WordPerson) =>
    `предупреждение: слово ${quote(word)}${fromPerson(person)} не помещается в столбец ${quote(column)} ` +
    `(ему нужно ${Math.ceil(neededMm)} мм, а столбец шириной ${Math.floor(columnMm)} мм) и будет разорвано ` +
    'между буквами. Сократите слово или разделите его пробелом или дефисом, уберите лишние столбцы из columns ' +
    'или, в таблице документа, дайте этому столбцу большую долю в widths',
  wordUnbroken: (word: string, letters: number, person?: WordPerson) =>
    `предупреждение: в слове ${quote(word)}${fromPerson(person)} ${count(letters, 'знак', 'знака', 'знаков')} подряд без пробела и дефиса — ` +
    'в документе его может разорвать между буквами, без знака переноса. Если здесь пропущен пробел, вставьте его',
  /** A warning only some organisations of a network project have: «предупреждение (документы организации «ngtk»): …». */
  organizationWarning: (folder: string, warning: string) =>
    warning.replace(/^предупреждение: /, `предупреждение (документы организации ${quote(folder)}): `),
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
  gramota import <документ.docx> [-o план.yaml | --into план.yaml]
                         план из документа Word (.docx; .doc и .odt — через LibreOffice);
                         --into дописывает его документы в готовый план
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
