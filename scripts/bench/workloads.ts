import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** One benchmark input: a plan text and how big it is. */
export type Workload = { readonly name: string; readonly source: string; readonly rows?: number };

const activities = [
  'Проведение методического семинара для педагогов по внедрению целевой модели наставничества',
  'Разработка и утверждение локальных нормативных актов, регламентирующих деятельность площадки',
  'Организация сетевого взаимодействия с партнёрами: колледжами, школами и предприятиями региона',
  'Мониторинг результатов реализации проекта и подготовка аналитической справки',
];
const goals = [
  'Повысить профессиональную компетентность педагогов',
  'Обеспечить нормативно-правовую основу проекта',
  'Расширить круг социальных партнёров площадки',
];
const results = [
  'Проведено не менее 2 семинаров, охват — 40 педагогов',
  'Утверждены положения',
  'Заключены договоры о сотрудничестве',
];
const evidence = ['Приказ, программа семинара', 'Положение, приказ об утверждении', 'Аналитическая справка'];
const people = ['ivanova', 'petrov', 'sidorova'];

/**
 * A landscape 7-column roadmap of `rows` rows, in stages of ten (a stage row and nine activities), so the numbering,
 * terms and merges are exercised as in a real plan. As in a real plan, every activity and result is worded apart
 * (a number in it: caches of repeated text must not flatter gramota), while goals, evidence, terms and people repeat.
 */
export function generateRoadmap(rows: number): string {
  const items: unknown[] = [];
  for (let i = 0; items.length * 10 < rows; i++) {
    const children = Array.from({ length: Math.min(9, rows - items.length * 10 - 1) }, (_, j) => ({
      activity: `${activities[(i + j) % activities.length]} (${i + 1}.${j + 1})`,
      goal: goals[j % goals.length],
      result: `${results[(i + j) % results.length]}, отчёт ${i + 1}.${j + 1}`,
      term: { from: `202${1 + (j % 2)}-0${1 + (j % 9)}`, to: `202${1 + (j % 2)}-${10 + (j % 3)}` },
      evidence: evidence[j % evidence.length],
      responsible: people[(i + j) % people.length],
    }));
    items.push({
      activity: `Этап ${i + 1}. ${activities[i % activities.length]}`,
      ...(children.length > 0 ? { items: children } : {}),
    });
  }
  return stringify({
    organization: {
      name: 'Государственное бюджетное профессиональное образовательное учреждение «Тестовый колледж»',
      short_name: 'ГБПОУ «ТК»',
      city: 'Самара',
      head: 'ivanova',
    },
    people: {
      ivanova: { name: 'Иванова Мария Сергеевна', position: 'Директор' },
      petrov: { name: 'Петров П.П.', position: 'Методист' },
      sidorova: { name: 'Сидорова А.А.', position: 'Заместитель директора' },
    },
    project: {
      title: 'Сетевое взаимодействие как механизм развития',
      period: { from: '2021-01', to: '2022-12' },
    },
    documents: [
      {
        type: 'roadmap',
        id: 'roadmap',
        title: 'Дорожная карта реализации проекта',
        approval: { by: 'ivanova', date: '2021-01-11' },
        columns: ['number', 'activity', 'goal', 'result', 'term', 'evidence', 'responsible'],
        items,
      },
    ],
  });
}

/** Every plan of data/ and the generated roadmaps. */
export function listWorkloads(root: string, sizes: readonly number[]): Workload[] {
  const data = readdirSync(join(root, 'data'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ name: `data/${f}`, source: readFileSync(join(root, 'data', f), 'utf8') }));
  return [
    ...data,
    ...sizes.map((rows) => ({ name: `roadmap ${rows} rows`, source: generateRoadmap(rows), rows })),
  ];
}
