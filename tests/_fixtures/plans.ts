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
