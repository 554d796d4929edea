import { quote } from './words.js';

/** The studio's page (src/web/page/) and `gramota studio`. */
export const studioText = {
  title: 'gramota — студия',
  newPlan: 'Новый план',
  starters: {
    roadmap: 'Дорожная карта',
    'order-roadmap': 'Приказ с дорожной картой',
    /** Orders, a roadmap, a working group and a regulation: a project's documents, not an РИП application. */
    package: 'Пакет документов проекта',
    passport: 'Паспорт проекта',
    programme: 'Программа проекта',
  },
  openFile: 'Открыть файл…',
  /** The downloads: «Скачать:» and a button for each (short, so that the toolbar fits a 1024-pixel screen). */
  download: 'Скачать:',
  downloadDocx: 'DOCX',
  downloadPdf: 'PDF',
  downloadZip: 'Весь пакет (ZIP)',
  docxHint: 'Скачать выбранный документ в DOCX — для правки в Word',
  /** DOCX, greyed on the tab of the package's PDF: why, and where a document's DOCX is. */
  docxOfPackageHint:
    'Весь пакет — один PDF, в DOCX его нет: DOCX документа — на его вкладке, все DOCX сразу — в «Весь пакет (ZIP)»',
  pdfHint: 'Скачать выбранный документ в PDF — для подписи и печати',
  savePlan: 'Сохранить план',
  savePlanHint:
    'Скачать текст плана файлом .yaml (UTF-8): его можно снова открыть кнопкой «Открыть файл…» или собрать командой gramota build',
  zipHint: 'Документы DOCX и PDF и сам план (.yaml) одним архивом',
  packageTab: 'Весь пакет (PDF)',
  partnerTab: (organization: string, label: string) => `${organization}: ${label}`,
  partnerTabTitle: (organization: string, title: string) => `${organization}: ${title}`,
  /** The arrows at the ends of the tabs' row when not all of a package's documents fit in it. */
  tabsBack: 'Предыдущие документы',
  tabsOn: 'Следующие документы',
  building: 'Собираю…',
  preparing: 'Готовлю файлы…',
  built: (ms: number) => `Собрано за ${ms} мс`,
  problems: (n: number) => (n === 1 ? 'В плане 1 ошибка' : `Ошибок в плане: ${n}`),
  noProblems: 'Ошибок нет',
  /** The list under the editor when the plan is built but `gramota build` would print warnings. */
  warnings: (n: number) => `Предупреждения: ${n}`,
  /** The start of a warning's message (as the CLI prints it), left out under «Предупреждения». */
  warningPrefix: 'предупреждение: ',
  warningHint: 'Документы собраны и скачиваются; проверьте это место плана',
  /**
   * Beside the download buttons when a download found the plan with a mistake: short, with the first mistake's line
   * (a click on it puts the cursor there); the whole message is in the list under the editor.
   */
  downloadBlockedAt: (n: number, line: number) =>
    n === 1
      ? `Не скачано: в плане ошибка, строка ${line}`
      : `Не скачано: ошибок в плане — ${n}, первая в строке ${line}`,
  downloadBlocked: (n: number) =>
    n === 1
      ? 'Не скачано: в плане ошибка, она в списке под редактором'
      : `Не скачано: ошибок в плане — ${n}, они в списке под редактором`,
  downloadCrashed: 'Не скачано: внутренняя ошибка gramota, она в списке под редактором',
  downloadNoteHint: 'Показать ошибку в редакторе',
  /** Under the download buttons after a download of a plan with warnings: the files are saved all the same. */
  downloadedWithWarningsAt: (n: number, line: number) =>
    n === 1
      ? `Скачано; в плане предупреждение, строка ${line}`
      : `Скачано; предупреждений в плане — ${n}, первое в строке ${line}`,
  downloadedWithWarnings: (n: number) =>
    n === 1
      ? 'Скачано; в плане предупреждение, оно в списке под редактором'
      : `Скачано; предупреждений в плане — ${n}, они в списке под редактором`,
  downloadWarningHint: 'Показать предупреждение в редакторе',
  at: (line: number, column: number) => `строка ${line}, столбец ${column}`,
  atLine: (line: number) => `строка ${line}`,
  crash: (detail: string) =>
    `внутренняя ошибка gramota — это ошибка программы, а не плана; сообщите о ней разработчикам. ${detail}`,
  replaceDraft:
    'Заменить текст в редакторе новым планом? Текущий текст останется в этом браузере, в списке «Прежние черновики».',
  savedTo: (file: string) => `Изменения сохраняются в ${file}`,
  /** The plan bar of `gramota studio new.yaml` until the file exists. */
  createdOnChange: (file: string) =>
    `Файла ${file} ещё нет: в редакторе образец плана, файл появится при первом изменении`,
  /** The plan bar's name of a plan not yet named by a file (a starter); downloads name it after what it is about. */
  unnamedPlan: 'Новый план',
  /** «Новый план» in `gramota studio plan.yaml`: the starter goes into that file. */
  replaceFileByStarter: (file: string, starter: string) =>
    `Заменить план в файле ${file} образцом «${starter}»? Файл ${file} будет перезаписан; его прежний текст останется в этом браузере, в списке «Прежние черновики».`,
  saveFailed: (detail: string) => `Не удалось сохранить план: ${detail}`,
  draftKept: 'Черновик хранится в этом браузере',
  previousDrafts: (n: number) => `Прежние черновики (${n})`,
  previousDraft: (file: string, when: string, title: string) =>
    [file, when, title].filter((part) => part !== '').join(' — '),
  otherTab:
    'В другой вкладке студии тоже правят план; у каждой вкладки свой черновик, прежние — в списке «Прежние черновики»',
  draftKeptHint:
    'План не записан в файл: его помнит только этот браузер. Чтобы не потерять план, сохраните его кнопкой «Сохранить план»',
  unreadableFile: (name: string) => `Не удалось прочитать файл ${name}: план — это текстовый файл .yaml`,
  openFailed: (file: string) => `Не удалось открыть ${file}: текст в редакторе остался прежним`,
  openedInEncoding: (file: string, encoding: string) =>
    `Файл ${file} не в кодировке UTF-8: он прочитан как ${encoding}`,
  checkEncoding:
    'Проверьте, что русские буквы в редакторе читаются. Дальше план хранится в UTF-8 — в ней его читает gramota build; файл в UTF-8 даёт кнопка «Сохранить план»',
  emptyPreview: 'Здесь появятся страницы документа',
  /** The preview of a whole new plan (a starter, a file opened) until its pages are built. */
  buildingPages: 'Собираю страницы нового плана…',
  previewBlocked: (n: number) =>
    n === 1
      ? 'Документы не собраны: в плане ошибка. Исправьте её — страницы появятся сами'
      : `Документы не собраны: ошибок в плане — ${n}. Исправьте их — страницы появятся сами`,
  previewMoreProblems: (n: number) => `И ещё ${n} — в списке под редактором`,
  previewOldPages: 'Ниже — страницы, какими они были до ошибки',
  rowsToggle: 'Мероприятия таблицей',
  pagesToggle: 'Страницы',
  /** The group of «Страницы» and «Мероприятия таблицей» under a roadmap's tab. */
  viewSwitch: 'Вид документа',
  addRow: 'Добавить мероприятие',
  moveUp: 'Переместить выше',
  moveDown: 'Переместить ниже',
  /** The activity cell of a row just added, until it is written. */
  activityPlaceholder: 'Впишите наименование мероприятия',
  rowColumns: { activity: 'Мероприятие', term: 'Срок', responsible: 'Ответственный', result: 'Результат' },
  inTextOnly: 'правится в тексте плана',
  /** Under a cell of «Ответственный»: a name (or key) typed there that nobody in the plan's people has. */
  unknownPersonInCell: (name: string, hint: string | undefined) =>
    `в плане нет человека «${name}» (список people)${hint ? `; возможно, имелось в виду «${hint}»` : ''}`,
  /** Under a cell that names somebody not in people: the button that adds them (a key, the name, a position to fill). */
  addPerson: (name: string) => `Добавить «${name}» в людей плана (people)`,
  /** Then, in place of the problem: where the new person's position is to be written (a click goes there). */
  personAdded: (name: string, line: number) =>
    `«${name}» добавлен(а) в people — впишите должность: строка ${line}`,
  /** The title of a cell with a numbered list («1) …» a line each). */
  numberedCellHint: 'Нумерованный список: каждый пункт — с новой строки (Shift+Enter) или после «2)», «3)»…',
  /** Above a network partner's table of rows. */
  rowsShared:
    'Мероприятия дорожной карты — общие для всех организаций сетевого проекта: правка здесь меняет их у каждой.',
  importWord: 'Импорт из Word…',
  importing: 'Импортирую документ…',
  replaceByFile: (file: string) =>
    `Заменить текст в редакторе планом из файла ${quote(file)}? Текущий текст останется в этом браузере, в списке «Прежние черновики».`,
  replaceServedByFile: (file: string, served: string) =>
    `Заменить план ${served} текстом из файла ${quote(file)}? Файл ${served} будет перезаписан; его прежний текст останется в этом браузере, в списке «Прежние черновики».`,
  imported: (file: string) => `План импортирован из файла ${quote(file)}`,
  /** The dialog of an import while the editor holds a plan (web/page/import-choice.ts). */
  importChoice: (file: string) => `Что сделать с документами из файла ${quote(file)}?`,
  importAdd: 'Добавить в этот план',
  importReplace: 'Заменить план',
  importCancel: 'Отмена',
  importReplaceHint:
    'Добавить — документы и люди из файла допишутся к плану, а его текст останется как есть. Заменить — в редакторе будет только импортированный план; нынешний текст останется в этом браузере, в списке «Прежние черновики».',
  importReplaceServedHint: (served: string) =>
    `Добавить — документы и люди из файла допишутся к плану, а его текст останется как есть. Заменить — файл ${served} будет перезаписан импортированным планом; его прежний текст останется в этом браузере, в списке «Прежние черновики».`,
  added: (file: string) => `Документы из файла ${quote(file)} добавлены в план`,
  addedNotes: (file: string, n: number) =>
    `Документы из файла ${quote(file)} добавлены в план. Что проверить (в плане — комментарии «# импорт:»): ${n}`,
  importNotes: (file: string, n: number) =>
    `План импортирован из файла ${quote(file)}. Что проверить (в плане — комментарии «# импорт:»): ${n}`,
  importFailed: (file: string) => `Не удалось импортировать файл ${quote(file)}`,
  importOnlyDocx: (file: string) =>
    `${file}: в студии импортируются только документы .docx — откройте файл в Word или LibreOffice и сохраните его как .docx (команда gramota import преобразует .doc и .odt сама, если установлен LibreOffice)`,
  importOldWord:
    'это документ Word 97–2003 (.doc), хотя имя его — .docx: откройте его в Word или LibreOffice и сохраните как .docx',
  hideNotice: 'Скрыть',
  // gramota studio
  serving: (url: string) => `Студия открыта: ${url}\nОстановить — Ctrl+C`,
  editing: (file: string) => `Редактируется ${file}; каждое изменение сохраняется в этот файл`,
  creating: (file: string) =>
    `Файла ${file} ещё нет: студия начнёт его с образца дорожной карты и создаст файл при первом изменении плана`,
  newPlanFolderMissing: (file: string) =>
    `нет папки для нового плана ${file}: создайте её или укажите другую`,
  newPlanExtension: (file: string) =>
    `${file}: у файла плана расширение .yaml (например, gramota studio план.yaml)`,
  siteMissing: (dir: string) =>
    `студия не собрана: нет ${dir}; выполните npm run build:web (или npm ci, который собирает её сам)`,
  siteFromOtherSources: (dir: string) =>
    `страница студии в ${dir} собрана из других исходников, чем команда gramota (npm run build собирает только команду), и может не знать новых ключей плана; пересоберите студию: npm run build:web`,
  portBusy: (port: number) => `порт ${port} занят; укажите другой: gramota studio --port 8181`,
  portUnavailable: (port: number, code: string) =>
    `не удалось открыть порт ${port} (${code}); укажите другой: gramota studio --port 8181`,
  onePlan: 'студия открывает один план: gramota studio plan.yaml',
  badPort: (value: string) => `--port: ожидается номер порта от 1 до 65535, получено «${value}»`,
} as const;
