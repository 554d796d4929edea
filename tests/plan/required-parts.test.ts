import { describe, expect, it } from 'vitest';
import { orderPackage } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';

/** A plan with every kind of document, so that each part a document needs can be taken away in turn. */
const plan = `${orderPackage}  - type: roadmap
    title: План
    stages:
      - title: Подготовительный
        items: [{ activity: Сбор }]
  - type: passport
    title: Паспорт проекта
    rows: [{ label: Цели, value: Развитие }]
  - type: document
    title: Программа
    body: [{ heading: Введение }, { paragraph: Текст }]
`;

const blank = '""';

/** The answer about a required text left blank, naming it. */
const empty = (what: string) =>
  `пустой текст: ${what} — в документе на его месте было бы пусто; напишите текст`;

/** Each part the plan asks for that would print as nothing: the change that empties it and the answer at its line. */
const parts: [string, string, string, string][] = [
  [
    'the organization name',
    'name: Государственное автономное',
    `name: ${blank} #`,
    `2:9: ${empty('наименование организации')}`,
  ],
  [
    'a document title',
    'title: Об утверждении дорожной карты и положения о наставничестве',
    `title: ${blank}`,
    `15:12: ${empty('заголовок документа')}`,
  ],
  ['the order number', 'number: 45-о', `number: ${blank}`, `13:13: ${empty('номер приказа')}`],
  [
    'an order clause text',
    'text: Обеспечить информирование',
    `text: ${blank} #`,
    `22:15: ${empty('пункт приказа')}`,
  ],
  [
    'a regulation section title',
    'title: Общие положения',
    `title: ${blank}`,
    `41:16: ${empty('название раздела')}`,
  ],
  [
    'a regulation clause text',
    'text: "Задачи наставничества:"',
    `text: ${blank}`,
    `48:19: ${empty('пункт положения')}`,
  ],
  ['a stage title', 'title: Подготовительный', `title: "  "`, `53:16: ${empty('название этапа')}`],
  ['a passport label', 'label: Цели', `label: ${blank}`, `57:21: ${empty('название строки паспорта')}`],
  ['a heading', 'heading: Введение', `heading: ${blank}`, `60:23: ${empty('заголовок')}`],
  ['a paragraph', 'paragraph: Текст', `paragraph: ${blank}`, `60:48: ${empty('абзац')}`],
  [
    'an order clause written as text',
    '- Подготовить пресс-релиз',
    '- " "',
    `26:13: ${empty('пункт приказа')}`,
  ],
  [
    'an order clause with nothing after its dash',
    '- Подготовить пресс-релиз',
    '-',
    `26:12: ${empty('пункт приказа')}`,
  ],
  [
    'a regulation clause written as text',
    '- Настоящее Положение регулирует наставничество.',
    `- ${blank}`,
    `43:13: ${empty('пункт положения')}`,
  ],
  [
    'a line of a list',
    'list: [адаптация;, развитие.]',
    'list: [адаптация;, ""]',
    `49:32: ${empty('строка перечня')}`,
  ],
  ['an activity', 'activity: Сбор', `activity: ${blank}`, `54:29: ${empty('наименование мероприятия')}`],
  [
    'the head who signs',
    'head: aleykina',
    'head: Руководство',
    '5:9: здесь нужен человек из people — его ключ или имя, как в people, а не «Руководство»',
  ],
  [
    'the signer',
    'acquainted:',
    'signer: Директор\n    acquainted:',
    '28:13: здесь нужен человек из people — его ключ или имя, как в people, а не «Директор»',
  ],
  [
    'the person who signs a stamp',
    'title: План\n',
    'title: План\n    approval: { by: Директор }\n',
    '52:21: в грифе некому подписать: в by напишите ключ человека, его имя, как в people, или «Должность И.О. Фамилия», а не «Директор»',
  ],
  [
    'the person appointed by a clause',
    'person: spiridonova',
    'person: Спиридонва А.В.',
    '21:17: нет человека «Спиридонва А.В.» в people. Если это новый человек, добавьте его в people, вписав его должность: spiridonva: { name: Спиридонва А.В., position: Должность }; если он там уже есть, имя пишется так же, как в people, или ключом: возможно, имелось в виду «Спиридонова А.В.»',
  ],
];

describe('a document is never built without a part the plan asked for', () => {
  it('builds the plan as it is', () => {
    expect(problemsOf(plan)).toEqual([]);
  });

  it.each(parts)('%s', (_part, from, to, expected) => {
    expect(plan).toContain(from);
    expect(problemsOf(plan.replace(from, to))).toEqual([expected]);
  });
});
