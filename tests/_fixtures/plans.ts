/** Small plans for tests, as YAML text (line numbers in assertions refer to these texts). */
export const minimalRoadmap = `organization:
  name: Государственное автономное профессиональное образовательное учреждение "Читинский педагогический колледж"
  short_name: ГАПОУ "ЧПК"
  head: aleykina
people:
  aleykina: { name: Алейкина Галина Викторовна, position: Директор }
  spiridonova: { name: Спиридонова Анна Владимировна, position: Заместитель директора по учебно-методической работе }
  bushina: { name: Бушина М.Б. }
documents:
  - type: roadmap
    id: mentoring-roadmap
    title: Дорожная карта реализации целевой программы наставничества
    approval: { by: aleykina, date: 2020-10-01 }
    columns: [number, activity, term, responsible]
    items:
      - activity: Подготовка условий для запуска программы
        term: { until: 2020-10-12 }
        responsible: spiridonova
        items:
          - activity: Информирование коллектива
            term: 2020-10
            responsible: [spiridonova, bushina]
`;

/** An order approving a roadmap and a regulation, with the regulation approved by it. */
export const orderPackage = `organization:
  name: Государственное автономное профессиональное образовательное учреждение "Читинский педагогический колледж"
  short_name: ГАПОУ "ЧПК"
  city: Чита
  head: aleykina
people:
  aleykina: { name: Алейкина Галина Викторовна, position: Директор }
  spiridonova: { name: Спиридонова Анна Владимировна, position: Заместитель директора по учебно-методической работе }
  bushina: { name: Бушина М.Б., position: Методист }
documents:
  - type: order
    id: order-roadmap
    number: 45-о
    date: 2020-10-01
    title: Об утверждении дорожной карты и положения о наставничестве
    preamble: В целях внедрения целевой модели наставничества
    clauses:
      - approve: roadmap
      - approve: regulation
      - text: Назначить ответственным за реализацию дорожной карты
        person: spiridonova
      - text: Обеспечить информирование коллектива о программе наставничества
        responsible: bushina
        term: 2020-10-15
        clauses:
          - Подготовить пресс-релиз
    control: spiridonova
    acquainted: [spiridonova, bushina]
    appendices: [roadmap, regulation]
  - type: roadmap
    id: roadmap
    title: Дорожная карта реализации целевой программы наставничества
    approval: { order: order-roadmap }
    items: [{ activity: Подготовка условий }]
  - type: regulation
    id: regulation
    title: Положение о наставничестве
    approval: { order: order-roadmap }
    agreement: { council: педагогического совета, protocol: { date: 2020-09-28, number: "2" }, word: ПРИНЯТО }
    sections:
      - title: Общие положения
        clauses:
          - Настоящее Положение регулирует наставничество.
          - text: "В Положении используются понятия:"
            clauses: [наставник — опытный работник, наставляемый — обучающийся или педагог]
      - title: Цели и задачи
        clauses:
          - text: "Задачи наставничества:"
            list: [адаптация;, развитие.]
`;

/**
 * A network project of a kindergarten and two schools (folders mbdou_detskii_sad_47_solnishko, school91, school5): the
 * passport only the kindergarten gets, the schools' own order on joining the network only the schools (only_for).
 */
export const networkOnlyFor = `organization:
  name: Муниципальное бюджетное дошкольное образовательное учреждение детский сад № 47 «Солнышко»
  short_name: МБДОУ детский сад № 47 «Солнышко»
  city: Тольятти
  head: head
people:
  head: { name: Смирнова Елена Петровна, position: Заведующий }
  coordinator: { name: Иванова Мария Сергеевна, position: Старший воспитатель }
project:
  title: Преемственность дошкольного и начального общего образования
  period: { from: 2025-09, to: 2026-06 }
documents:
  - type: order
    id: network-order
    number: 112-од
    date: 2025-09-01
    title: О реализации сетевого проекта
    preamble: В соответствии с договором о сетевом взаимодействии
    clauses:
      - approve: network-roadmap
      - approve: passport
      - approve: regulation
      - text: Назначить координатором сетевого проекта
        person: coordinator
    control: self
    appendices: [network-roadmap, passport, regulation]
  - type: roadmap
    id: network-roadmap
    title: Дорожная карта сетевого проекта
    approval: { order: network-order }
    items:
      - activity: Совместный семинар педагогов
        term: 2025-10
        responsible: coordinator
  - type: passport
    id: passport
    title: Паспорт проекта
    only_for: [mbdou_detskii_sad_47_solnishko]
    approval: { order: network-order }
    rows:
      - label: Организация
        value: МБДОУ детский сад № 47 «Солнышко»
  - type: regulation
    id: regulation
    title: Положение о сетевом взаимодействии
    approval: { order: network-order }
    sections:
      - title: Общие положения
        clauses:
          - Настоящее Положение регулирует сетевое взаимодействие.
  - type: order
    id: joining-order
    only_for: [school91, school5]
    number: 1-о
    date: 2025-08-25
    title: О вступлении в сетевой проект
    preamble: В целях преемственности дошкольного и начального общего образования
    clauses:
      - Вступить в сетевой проект в качестве организации-партнёра
      - text: Назначить ответственным за участие в сетевом проекте
        person: coordinator
    control: self
variants:
  - folder: school91
    organization:
      name: Муниципальное бюджетное общеобразовательное учреждение «Школа № 91»
      short_name: МБОУ «Школа № 91»
      city: Тольятти
      head: head
    people:
      head: { name: Белая Светлана Игоревна, position: Директор }
      coordinator: { name: Орлова Анна Викторовна, position: Заместитель директора }
    documents:
      network-order: { number: 58-о, date: 2025-09-03 }
      joining-order: { number: 41-о, date: 2025-08-28 }
  - folder: school5
    organization:
      name: Муниципальное бюджетное общеобразовательное учреждение «Школа № 5»
      short_name: МБОУ «Школа № 5»
      city: Тольятти
      head: head
    people:
      head: { name: Ершов Павел Андреевич, position: Директор }
      coordinator: { name: Крылова Ольга Николаевна, position: Заместитель директора }
    documents:
      network-order: { number: 73-од, date: 2025-09-04 }
`;

/** A roadmap by stages; `edit` changes its lines (line numbers as the user sees them). */
export const editStagedRoadmap = (edit: (lines: string[]) => string[] = (lines) => lines) =>
  edit(
    `organization:
  name: Колледж
  head: ivanova
people:
  ivanova: { name: Иванова Мария Сергеевна, position: Директор }
documents:
  - type: roadmap
    title: Дорожная карта
    approval:
      by: ivanova
      date: 2026-01-15
    stages:
      - title: Подготовительный
        items:
          - activity: Первое
            term: 2026-09
            responsible: ivanova
          - activity: Второе
            term: 2026-10
`.split('\n'),
  ).join('\n');

/** The staged roadmap with its `approval` moved below the last item, its first line `indent` spaces in. */
export const stagedRoadmapWithApprovalAt = (indent: number) =>
  editStagedRoadmap((lines) => [
    ...lines.slice(0, 8),
    ...lines.slice(11, -1),
    `${' '.repeat(indent)}approval:`,
    `${' '.repeat(indent + 2)}by: ivanova`,
    '',
  ]);
