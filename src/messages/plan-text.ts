import { clausesText } from './clauses-text.js';
import { onlyForText } from './only-for-text.js';
import { ordersText } from './orders-text.js';
import { partsText } from './parts-text.js';
import { peopleText } from './people-text.js';
import { refsText } from './refs-text.js';
import { roadmapKeysText } from './roadmap-keys-text.js';
import { scheduleText } from './schedule-text.js';
import { slipsText } from './slips-text.js';
import { termsText } from './terms-text.js';
import { variantsText } from './variants-text.js';
import { count, quote } from './words.js';
import { yamlText } from './yaml-text.js';

/** What gramota says about a plan: YAML, the schema, references between its parts, network variants. */
export const planText = {
  ...yamlText,
  ...ordersText,
  ...clausesText,
  ...partsText,
  ...peopleText,
  ...refsText,
  ...scheduleText,
  ...variantsText,
  ...onlyForText,
  ...slipsText,
  ...termsText,
  ...roadmapKeysText,
  // Schema
  required: (key: string) => `не заполнено обязательное поле ${quote(key)}`,
  russianKey: (key: string, english: string) =>
    `ключи плана пишутся по-английски: вместо ${quote(key)} используйте ${english}`,
  quotedKey: (key: string, bare: string) =>
    `ключ ${key} взят в кавычки (так бывает, если строку набрали в Word), и YAML не узнаёт его; уберите кавычки: ${bare}:`,
  unknownKey: (key: string) => `неизвестный ключ ${quote(key)}`,
  keyNotHere: (key: string) =>
    `ключ ${quote(key)} здесь не используется: он бывает в другом месте плана или у документов другого типа — проверьте отступ (не сдвинут ли ключ на уровень) и то, у чего он написан`,
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
  emptyValue: (expected: string, optionalKey?: string) =>
    `значение пустое: напишите ${expected}${optionalKey === undefined ? '' : ` или уберите ключ ${quote(optionalKey)}`}`,
  unknownValue: (v: string) => `неизвестное значение ${quote(v)}`,
  expectedOneOf: (values: readonly string[]) => `допустимые значения: ${values.join(', ')}`,
  russianDocumentType: (word: string, english: string) =>
    `тип документа пишется по-английски: вместо ${quote(word)} используйте ${english}`,
  unknownDocumentType:
    'неизвестный тип документа; допустимые: roadmap, order, regulation, passport, document, schedule',
  dateFormat: (v: string, withoutYear = false) =>
    `${quote(v)} — не дата: ${withoutYear ? 'не указан год; ' : ''}дата пишется так: 01.10.2020, 1 октября 2020 г. или 2020-10-01`,
  dateLookalike: (v: string, letter: string, digit: string, cyrillic: boolean) =>
    `${quote(v)} — не дата: в ней ${cyrillic ? 'русская' : 'латинская'} буква ${quote(letter)} вместо цифры ${digit}; наберите цифру`,
  dateInvalid: (v: unknown) => `даты «${String(v)}» нет в календаре`,
  headingNumberStyle: (heading: string, model: string, fixed: string) =>
    `номер заголовка ${quote(heading)} записан не так, как у других заголовков того же уровня (${quote(model)}): напишите ${quote(fixed)}`,
  periodPointForm: (v: string) =>
    `${quote(v)} — не дата: срок реализации проекта — дата, месяц или год: 01.09.2026, сентябрь 2026 г., 2026-09, 2026`,
  monthInvalid: (v: string) => `месяц в ${quote(v)} должен быть от 01 до 12`,
  periodReversed: 'проект кончается раньше, чем начинается: проверьте from и to срока реализации',
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
  emptyText: (what: string) =>
    `пустой текст: ${what} — в документе на его месте было бы пусто; напишите текст`,
  /** What each required text is, for emptyText. */
  textNames: {
    organizationName: 'наименование организации',
    title: 'заголовок документа',
    orderNumber: 'номер приказа',
    orderClause: 'пункт приказа',
    regulationClause: 'пункт положения',
    sectionTitle: 'название раздела',
    stageTitle: 'название этапа',
    activity: 'наименование мероприятия',
    listItem: 'строка перечня',
    passportLabel: 'название строки паспорта',
    heading: 'заголовок',
    paragraph: 'абзац',
  },
  itemsOrStages: 'укажите либо items (мероприятия), либо stages (этапы), но не оба сразу',
  itemsMissing: 'в дорожной карте нет мероприятий: добавьте items или stages',
  stageColumnWithoutStages: 'столбец stage имеет смысл только вместе со stages',
  /** A comma inside `[…]` or `{…}` splits a text in two: the parts of the sentence that explains it. */
  commaSplits: (text: string, written: string, parts: string, whose: string, example: string) =>
    `Если в тексте ${text} есть запятая, а ${written}, запятая делит ${parts}: возьмите текст ${whose} в кавычки — ${example}`,
  commaSplitKey: (key: string, joined: string) =>
    `после запятой YAML принял конец текста за новый ключ, без значения. ${planText.commaSplits(quote(key), 'пункт записан в {скобках}', 'ключи', quote(key), `${key}: "${joined}"`)}`,
  unknownItemKey: (key: string) => `неизвестный ключ ${quote(key)}: такого столбца нет в columns`,
  itemKeyNotHere: (key: string) =>
    `ключ ${quote(key)} у мероприятия не используется (и столбца такого нет в columns): он бывает в другом месте плана — проверьте отступ (не сдвинут ли ключ или элемент списка на уровень) и то, у чего он написан`,
  stageAmongItems: (stage: string) =>
    `«title» — ключ этапа, а не мероприятия: похоже, новый этап написан на отступе мероприятий этапа ${quote(stage)} и стал его мероприятием; сдвиньте «- title:» со всем, что под ним, влево — «-» ровно под «-» этапов выше`,
  cellValueType: 'значение ячейки — текст, список строк или { numbered: [...] }',
  duplicateColumn: (key: string) => `столбец ${quote(key)} указан дважды`,

  glyphMissing: (ch: string, code: string) =>
    /\p{Cc}/u.test(ch)
      ? `невидимый управляющий символ (${code}) — обычно попадает при копировании из другой программы; удалите его`
      : `символа «${ch}» (${code}) нет в шрифте документа — он не напечатается; замените его обычным текстом`,

  mixedAlphabets: (
    word: string,
    position: number,
    letter: string,
    latin: boolean,
    fixed: string | undefined,
  ) =>
    `в слове ${quote(word)} ${position}-я буква ${quote(letter)} ${latin ? 'латинская, а остальные русские' : 'русская, а остальные латинские'}: ` +
    'на вид они одинаковы, но такое слово не узнать как ключ, месяц или имя, а в документе его не найти поиском' +
    (fixed === undefined ? '; наберите слово заново' : `; напишите ${quote(fixed)}`),

  // References
  unknownPerson: (key: string) => `нет человека с ключом ${quote(key)} в people`,
  personNamesakes: (name: string, keys: readonly string[]) =>
    `имя ${quote(name)} подходит нескольким людям из people — напишите ключ нужного человека: ${keys.join(' или ')}`,
  personKeysInText: (value: string, list: string) =>
    `${quote(value)} напечаталось бы как есть, латиницей: несколько людей пишутся списком — ${list}`,
  personInText: (value: string, key: string) =>
    `${quote(value)} напечатается как есть, без склонения, хотя здесь назван человек из people; напишите его ключ ${key} — приказ сам поставит должность и имя в нужном падеже`,
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
  agreedAfterApproval: (agreed: string, approved: string) =>
    `гриф согласования датирован ${agreed.split('-').reverse().join('.')} — позже утверждения документа (${approved.split('-').reverse().join('.')}): документ сначала согласуют или принимают, потом утверждают`,
  agreedLongBeforeApproval: (agreed: string, approved: string) =>
    `предупреждение: гриф согласования датирован ${agreed.split('-').reverse().join('.')} — больше чем на полгода раньше утверждения документа (${approved.split('-').reverse().join('.')}); так остаётся дата прошлогоднего плана, когда остальные даты сдвинули, — проверьте год`,
  stampAfterProject: (date: string, end: string) =>
    `гриф датирован ${date.split('-').reverse().join('.')} — позже окончания проекта (${end}): документы проекта утверждают и согласуют до его конца; проверьте дату`,
  approvingOrderAfterProject: (date: string, end: string) =>
    `приказ датирован ${date.split('-').reverse().join('.')} — позже окончания проекта (${end}), а утверждает документы проекта: их утверждают до его конца; проверьте дату`,
  visaTwice: (name: string) => `${quote(name)} визирует приказ дважды; оставьте одну визу`,
  acquaintedTwice: (name: string) =>
    `${quote(name)} уже есть в списке ознакомленных — в листе была бы вторая строка для подписи; оставьте одну`,
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
  notAnOrder: (key: string) => `документ ${quote(key)} не приказ: утвердить можно только приказом`,
  appendixTwice: (id: string, first: string) =>
    `документ ${quote(id)} уже приложен к приказу ${quote(first)}`,
  approvedButNotAppended: (id: string, order: string) =>
    `документ утверждён приказом ${quote(order)}, но его нет в appendices этого приказа; добавьте: appendices: [${id}]`,
  approveNotAppended: (id: string) =>
    `утверждаемый документ ${quote(id)} нужно приложить к приказу: добавьте его в appendices`,
  titleWithoutApprove:
    'title в пункте — название утверждаемого документа, а документа нет: добавьте approve: id документа или уберите title',
  appendixIsOrder: (id: string) => `приказ ${quote(id)} не может быть приложением`,
  appendixSelf: 'приказ не может быть приложением к самому себе',
  orderBlankNumber: 'у приказа, на который ссылаются, должен быть номер',
  orderNumberTaken: (number: string, first: string, date: string) =>
    `номер ${quote(number)} уже есть у приказа ${quote(first)}${date === 'blank' ? '' : ` от ${date.split('-').reverse().join('.')}`}: двум приказам организации в одном году не дают один номер — исправьте номер`,
  approvedTwice: (id: string, clause: string) =>
    `документ ${quote(id)} уже утверждается пунктом ${clause} этого приказа — уберите повторный пункт`,
  controlUnknown: (v: string) => `control: self или ключ человека, а не ${quote(v)}`,
  clauseEmpty: 'в пункте нет текста: нужен text, approve или person',
  personWithoutText:
    'у пункта с person нужен text — что поручить этому человеку: «Назначить ответственным за …»',
  orderStamp: 'у приказа нет грифов: его подписывает руководитель (signer); уберите approval и agreement',
  tableWidths: (got: number, expected: number) =>
    `в widths ${count(got, 'число', 'числа', 'чисел')}, а столбцов ${expected}`,
  passportColumns:
    'в паспорте два столбца — название раздела и содержание, поэтому в columns два заголовка: [Наименование раздела, Содержание]',
  passportMixed:
    'value: либо список строк, либо список блоков (heading, paragraph, list, numbered), но не вперемешку',
  tableRowWidth: (row: number, got: number, expected: number) =>
    `в строке ${row} ячейки занимают ${count(got, 'столбец', 'столбца', 'столбцов')}, а в таблице их ${expected} (ячейки под rowspan пропускаются)` +
    (got > expected
      ? `. ${planText.commaSplits('ячейки', 'строка записана в [скобках]', 'ячейки', 'такой ячейки', '[Ресурсы, "Лаборатории по химии, физике"]')}`
      : ''),
  tableRowspanPastEnd: (rows: number) =>
    `rowspan объединяет строки ниже последней: в таблице ${count(rows, 'строка', 'строки', 'строк')}`,
  duplicateId: (id: string) => `id ${quote(id)} уже занят другим документом`,
  signatoryWithoutPosition: (key: string) =>
    `у ${quote(key)} в people нет position, а без неё не подписать: подпись и гриф — «Должность  И.О. Фамилия»; укажите должность (position: Директор)`,
  onePersonPerClause:
    'в пункте с person назначают одного человека; для нескольких — по пункту на каждого или список в responsible',
  councilWithOrganization: (org: string) =>
    `в council не нужно наименование организации: gramota сама пишет ${quote(org)} после совета — уберите его отсюда, иначе оно напечатается дважды`,
  colonWithNothingAfter:
    'пункт кончается двоеточием, а после него ничего нет: добавьте перечень (list) или подпункты (clauses) — или замените «:» точкой',
  noHead: 'не указано, кто утверждает: задайте approval.by или organization.head',
  noOrderSigner:
    'не указано, кто подписывает приказ: задайте organization.head (руководитель, ключ из people) или signer у приказа',
  shortNameMissing:
    'у организации нет short_name: в грифе полное наименование встало бы без склонения («Директор Муниципальное бюджетное…», «приказом Муниципальное…»); добавьте сокращённое наименование, как в уставе: short_name: МБОУ «Школа № 1»',
  showBothWithoutShortName:
    'show_organization: both печатает под полным наименованием сокращённое в скобках, а у организации нет short_name; добавьте его, как в уставе: short_name: МБОУ «Школа № 1»',
  agreementWithoutPerson: 'в грифе согласования укажите by — кто согласует',
  unknownColumnTitle: (key: string) => `заголовок задан для столбца «${key}», которого нет в columns`,
} as const;
