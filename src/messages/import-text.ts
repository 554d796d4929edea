import { quote } from './words.js';

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
  usageNoFile: 'укажите документ: gramota import документ.docx [-o план.yaml | --into план.yaml]',
  usageOneFile:
    'импортируется один документ за раз: gramota import документ.docx [-o план.yaml | --into план.yaml]',
  written: (file: string) => `план записан: ${file}`,
  summaryHeader: (file: string) => `${file}: что проверить в плане (строки с комментарием «# импорт:»):`,
  termAsText: (form: string, printed: string) =>
    `срок оставлен текстом, как в документе; можно записать ${form} — тогда он напечатается «${printed}» и будет проверяться`,
  termAsData: (written: string, printed: string) =>
    `срок «${written}» записан датами: так gramota его проверит и напечатает «${printed}»`,
  orderParenNumbers:
    'в документе пункты приказа нумерованы «1)», «2)»; gramota напечатает «1.», «2.», подпункты — «2.1.»',
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
  stampDateInWords: (line: string, numeric: string, words: string) =>
    `в документе дата грифа «${line}»; gramota напечатает её цифрами: «${numeric}», а словами («${words}») — при settings.date_style: words`,
  stampWithoutSigner: 'в грифе не найдено, кто утверждает; укажите by или organization.head',
  markWithoutOrder: (mark: string) =>
    `отметка «${mark}»: приказа нет в этом файле, а дата и номер приказа в отметке не прочитаны; отметка не перенесена — опишите приказ в orders и задайте appendix_to`,
  marksMixed:
    '«Приложение N» над грифом «УТВЕРЖДЕНО приказом» стоит не у всех приложений, утверждённых приказом; settings.appendix_mark: number (или both — с «к приказу … от … №») ставит её над грифом у всех, без него — ни у одного',
  orderStampMissing:
    'гриф «УТВЕРЖДЕН приказом …»: приказа нет в этом файле, а дата и номер приказа в грифе не прочитаны; гриф не перенесён — импортируйте приказ вместе с документом или опишите его в orders и задайте approval: { order }',
  listFlattened: 'вложенный маркированный список перенесён на один уровень с основным',
  continuedTable:
    'таблица в документе разбита вручную («Продолжение таблицы»); в плане она одна — gramota сама переносит её по страницам',
  titleGuess: 'заголовок документа не найден по стилю; взят первый абзац — проверьте title',
  organizationUnknown: 'наименование организации в документе не найдено; впишите его',
  organizationShortOnly:
    'полное наименование организации в документе не найдено; стоит сокращённое — впишите полное',
  organizationPlaceholder: 'Наименование организации',
  parentBodyLeft: (line: string) =>
    `строка «${line}» над наименованием — вышестоящий орган; ключа для него в плане нет, и в шапке приказа gramota его не напечатает`,
  shortNameMade:
    'сокращённое наименование составлено из полного (для грифов и отметки «Приложение … к приказу …»); сверьте его с уставом',
  organizationGuess: 'абзац над заголовком принят за наименование организации',
  positionFromCell: (cell: string) =>
    `должность взята из ячейки «${cell}»; в таблице gramota печатает ответственного именем, без должности`,
  positionFromText: (words: string) =>
    `должность прочитана из текста приказа («${words}»); другой в документе нет — проверьте`,
  shortNameBracketed: (short: string) =>
    `«(${short})» после полного наименования — сокращённое наименование: оно записано в short_name, а не в name (под полным, как в документе, его печатает show_organization: both)`,
  prepositionOb: (words: readonly string[]) =>
    `перед гласной пишется «об», исправлено: ${words.map((w) => `«${w.replace(' → ', '» → «')}»`).join(', ')}`,
  mixedScript: (words: readonly string[]) =>
    `в слове набрана латинская буква вместо русской, заменена: ${words.map((w) => `«${w.replace(' → ', '» → «')}»`).join(', ')}`,
  organizationUnderTitle:
    'строка под заголовком принята за наименование организации; в документе она оставлена, где стояла',
  projectHeadKept:
    'руководитель проекта оставлен строкой текста: ключа для него в плане нет (organization.head — руководитель организации, он подписывает приказы)',
  orderRequisitesNotRead: 'дата и номер приказа не найдены под словом ПРИКАЗ; впишите date и number',
  appendixListLeft: (text: string) =>
    `список приложений под пунктами не перенесён: «${text}». gramota его не печатает — каждое приложение из appendices идёт за приказом с новой страницы, с отметкой «Приложение N к приказу …»; приложение из другого файла добавьте в план: gramota import ФАЙЛ --into plan.yaml`,
  afterSignature: (text: string) => `после подписи в документе есть текст, который не перенесён: «${text}»`,
  appendixLeft: (appendix: string, text: string) =>
    `после подписи стоит «${appendix}», а перед ним нет разрыва страницы: приложение не перенесено целиком (с его текстом и таблицами) — поставьте в документе разрыв страницы перед ним и импортируйте снова или впишите его в план отдельным документом; не перенесено: «${text}»`,
  controlKept:
    'пункт о контроле перенесён текстом; gramota добавит свой пункт «Контроль … оставляю за собой» — задайте control: ключ человека и удалите этот пункт',
  header: (source: string, date: string) =>
    `Импорт из Word: ${source}, ${date}. Что импорт угадал, помечено комментариями «# импорт:» — проверьте эти строки`,
  clauseApproves: (clause: string, stamped: boolean) =>
    `пункт «${clause}» записан как approve: gramota напечатает «Утвердить … (приложение N).» и сама пронумерует приложения${stamped ? '' : '; приложение получит гриф «УТВЕРЖДЕН приказом …» вместо отметки «Приложение к приказу …» (отметку над грифом даёт settings: { appendix_mark: both })'}`,
  missingAppendixTitle: (n: number) => `Приложение ${n}`,
  missingAppendixBody: (n: number) =>
    `Приложения ${n} в импортированном файле нет: впишите сюда его текст или добавьте его в план из его файла Word.`,
  missingAppendix: (n: number, next: number) =>
    `в файле нет приложения ${n}: за приказом идёт «Приложение ${next}»; чтобы номера остались как в документе, здесь заготовка приложения ${n} — импортируйте его файл в этот план (gramota import ФАЙЛ --into план, в студии — «Добавить в этот план»), и оно встанет на её место, или впишите его текст`,
  missingCitedAppendix: (n: number, named: string | undefined, inClause: boolean) =>
    `в файле нет приложения ${n}, а приказ его называет${named === undefined ? ' (следующие по номеру)' : inClause ? `: «${named}»` : ` в списке «Приложения:» — «${named}»`}; чтобы номера остались как в документе, здесь заготовка приложения ${n} — впишите сюда его текст или импортируйте в этот план его файл Word (gramota import ФАЙЛ --into план, в студии — «Добавить в этот план»): документ встанет на место заготовки`,
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
  intoUnreadable:
    'документ не добавить в план: в плане ошибка YAML — исправьте её (gramota check покажет то же) и повторите',
  intoNotPlan:
    'документ не добавить: файл не план gramota (в нём нет ключей organization, people, documents)',
  intoUnfit: (key: string) =>
    `документ не добавить в план: ${key} в нём записан не по строкам («- …» под ${key}:) — перепишите так или добавьте документ вручную`,
  mergedOrganization: (source: string, theirs: string, own: string) =>
    `в файле ${quote(source)} организация «${theirs}», в плане — «${own}»: план сохранил свою; проверьте, та ли это организация`,
  organizationFilled: (source: string, city: boolean, was: string | undefined) =>
    `полное наименование организации${city ? ' и город взяты' : ' взято'} из файла ${quote(source)}; в плане ${was === undefined ? 'его не было' : `было сокращённое: «${was}»`}`,
  mergedSettings: (source: string, settings: string) =>
    `в файле ${quote(source)} — ${settings}; в плане настройки (settings) остались свои: они меняют все документы плана`,
  mergedAppendix: (n: number, order: string, standIn: boolean) =>
    `приложение ${n} к приказу «${order}» из плана: ${standIn ? `встало на место заготовки приложения ${n} и взяло её id` : `добавлено в его appendices ${n}-м`}; отметку «Приложение ${n} к приказу …» gramota пишет сама`,
  linkedAppendix: (n: number, id: string, title: string) =>
    `приложение ${n} — документ «${id}», который уже есть в плане («${title}»): приказ ссылается на него под этим номером; над ним gramota напечатает отметку «Приложение ${n} к приказу …»`,
  mergedPosition: (source: string) => `должность взята из файла ${quote(source)}`,
  merged: (file: string) => `документ добавлен в план: ${file}`,
  usageIntoAndOut: 'укажите либо --into план.yaml (дописать в план), либо -o план.yaml (новый план)',
  planProblems: 'перед сборкой исправьте в плане (gramota check покажет то же):',
  summaryLine: (where: string, note: string) => `  ${where}: ${note}`,
} as const;
