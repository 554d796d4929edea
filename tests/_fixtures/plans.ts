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
