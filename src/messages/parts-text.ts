import { quote } from './words.js';

const named = (what: string, title: unknown) =>
  typeof title === 'string' && title.trim() !== '' ? `${what} ${quote(title.trim())}` : what;

/**
 * A required list of a document left empty or out, said of the part of the document it belongs to and what to write
 * there — «у этапа «Основной» нет мероприятий», not «список не может быть пустым» of a key the user may not know.
 */
export const partsText = {
  stageWithoutItems: (title: unknown) =>
    `у ${named('этапа', title)} нет мероприятий: добавьте их списком items под названием и сроком этапа — items:, а под ним - activity: …`,
  itemWithoutItems: (activity: unknown) =>
    `у ${named('мероприятия', activity)} пустой список вложенных мероприятий: добавьте их (- activity: …) или уберите items`,
  roadmapWithoutItems:
    'в дорожной карте нет мероприятий: добавьте их списком items (- activity: …) или этапы stages',
  roadmapWithoutStages:
    'в дорожной карте нет этапов: добавьте их списком stages (- title: …, items: …) или уберите stages и пишите мероприятия в items',
  columnsEmpty:
    'не указано ни одного столбца: перечислите столбцы в columns — [number, activity, term, responsible, result] — или уберите columns (будут эти)',
  tableWithoutColumns: 'у таблицы нет заголовков столбцов: перечислите их в columns — [Показатель, Значение]',
  orderWithoutClauses:
    'в приказе нет пунктов: добавьте их списком clauses — то, что идёт после «ПРИКАЗЫВАЮ:» (- text: …, - approve: …)',
  clauseWithoutClauses: 'у пункта пустой список подпунктов: добавьте подпункты (- …) или уберите clauses',
  sectionWithoutClauses: (title: unknown) =>
    `в ${named('разделе', title)} нет пунктов: добавьте их списком clauses под названием раздела (- …)`,
  regulationWithoutSections:
    'в положении нет разделов: добавьте их списком sections (- title: Общие положения, а под ним clauses: …)',
  passportWithoutRows: 'в паспорте нет строк: добавьте их списком rows (- label: …, value: …)',
  documentWithoutBody: 'в документе нет текста: добавьте его списком body (- paragraph: …, - heading: …)',
  planWithoutDocuments: 'в плане нет документов: добавьте их списком documents (- type: roadmap, …)',
  listEmpty: (key: string) =>
    `перечень пуст — в документе на его месте ничего бы не напечаталось: добавьте строки (- …) или уберите перечень (${key})`,
  stageWithoutTitle: 'у этапа нет названия: напишите его первым ключом этапа — - title: Подготовительный',
  sectionWithoutTitle:
    'у раздела положения нет названия: напишите его первым ключом раздела — - title: Общие положения',
  documentWithoutTitle: 'у документа нет заголовка: напишите его — title: …',
  orderWithoutNumber: 'у приказа нет номера: напишите его — number: 45-о',
  orderWithoutDate:
    'у приказа нет даты: напишите её — date: 01.09.2026 (или date: blank — место для даты от руки)',
  visasEmpty: 'список виз пуст: впишите, кто визирует (visas: [spiridonova]), или уберите visas',
} as const;
