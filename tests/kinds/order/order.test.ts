import { describe, expect, it } from 'vitest';
import { buildModels } from '../../../src/generate.js';
import { parsePlan } from '../../../src/plan/parse-plan.js';
import { paragraphsOf as paragraphs } from '../../_fixtures/paragraphs.js';
import { orderPackage } from '../../_fixtures/plans.js';
import { problemsOf } from '../../_fixtures/problems.js';

/** The paragraphs of the `index`-th document a plan's text builds. */
const paragraphsOf = (source: string, index = 0) =>
  paragraphs(buildModels(parsePlan(source, 'plan.yaml'), { createdAt: new Date(0) })[index]!.model);

describe('order', () => {
  const built = buildModels(parsePlan(orderPackage, 'plan.yaml'), { createdAt: new Date(0) });
  const order = paragraphs(built[0]!.model);

  it('has the GOST head: organization, ПРИКАЗ, date left and number right, the city, the title', () => {
    expect(order.slice(0, 5)).toEqual([
      // Broken evenly, the longer line on top (render/balanced-lines.ts).
      'Государственное автономное профессиональное образовательное\nучреждение «Читинский педагогический колледж»',
      'ПРИКАЗ',
      '01.10.2020\t№\u00A045-о',
      'г.\u00A0Чита',
      'Об\u00A0утверждении дорожной карты и\u00A0положения о\u00A0наставничестве',
    ]);
    expect(order).toContain('ПРИКАЗЫВАЮ:');
  });

  it.each([
    ['Чита', 'г.\u00A0Чита'],
    ['с. Верхнекамье', 'с.\u00A0Верхнекамье'],
    ['пгт Забайкальск', 'пгт Забайкальск'],
    ['г. Чита', 'г.\u00A0Чита'],
  ])('writes the place «%s» as «%s», with «г.» only before the name of a town', (city, place) => {
    const source = orderPackage.replace(/^ {2}city: .*$/m, `  city: ${city}`);
    expect(source).toContain(`city: ${city}`);
    expect(paragraphsOf(source)[3]).toBe(place);
  });

  it('a position written in small letters: as written inside a clause, with a capital where it starts a visa', () => {
    const source = orderPackage
      .replace('position: Методист }', 'position: методист }')
      .replace('person: spiridonova', 'person: bushina')
      .replace('    control: spiridonova\n', '    control: spiridonova\n    visas: [bushina]\n');
    const text = paragraphsOf(source);
    expect(text.find((line) => line.startsWith('Назначить ответственным'))).toMatch(
      /карты методиста\sБушину/u,
    );
    expect(text).toContain('Методист');
  });

  it('words approve clauses in the accusative with the appendix number, never apart from «приложение»', () => {
    expect(order).toContain(
      'Утвердить дорожную карту реализации целевой программы наставничества (приложение\u00A01).',
    );
    expect(order).toContain('Утвердить Положение о\u00A0наставничестве (приложение\u00A02).');
  });

  it('declines the appointed person and the controller, names the responsible and the deadline', () => {
    expect(order).toContain(
      'Назначить ответственным за\u00A0реализацию дорожной карты заместителя директора по\u00A0учебно-методической работе Спиридонову\u00A0А.В.',
    );
    expect(order).toContain('Ответственный: Бушина\u00A0М.Б.');
    expect(order).toContain('Срок: до\u00A015.10.2020.');
    expect(order).toContain(
      'Контроль за\u00A0исполнением настоящего приказа возложить на\u00A0заместителя директора по\u00A0учебно-методической работе Спиридонову\u00A0А.В.',
    );
  });

  it.each(['за собой', 'сам', 'Оставляю за собой'])(
    'reads control: %s as self, not as a person to decline',
    (v) => {
      const plan = parsePlan(orderPackage.replace('control: spiridonova', `control: ${v}`), 'plan.yaml');
      const [own] = buildModels(plan, { createdAt: new Date(0) });
      const texts = paragraphs(own!.model).map((p) => p.replaceAll('\u00A0', ' '));
      expect(texts).toContain('Контроль за исполнением настоящего приказа оставляю за собой.');
    },
  );

  it('is signed by the head and lists who must read it', () => {
    expect(order).toContain('Директор\tГ.В.\u00A0Алейкина');
    expect(order).toContain('С\u00A0приказом ознакомлены:');
    expect(order).toContain('А.В.\u00A0Спиридонова');
    expect(order).toContain('«___» ____________ 2020\u00A0г.');
  });

  it('numbers clauses with a real outline list', () => {
    const list = built[0]!.model.sections[0]!.children.find((b) => b.type === 'list');
    expect(list).toMatchObject({ type: 'list', ordered: true, outline: true, inline: true });
    expect(list?.type === 'list' && list.items).toHaveLength(5); // four clauses and the control clause
  });

  it('stamps the appendices it approves, citing itself once: «УТВЕРЖДЕНА приказом … от … № …», no «Приложение»', () => {
    const roadmap = paragraphs(built[1]!.model);
    expect(roadmap.slice(0, 3)).toEqual([
      'УТВЕРЖДЕНА',
      'приказом ГАПОУ\u00A0«ЧПК»',
      'от\u00A001.10.2020 №\u00A045-о',
    ]);
    expect(roadmap).not.toContain('Приложение 1');
    const regulation = paragraphs(built[2]!.model);
    expect(regulation).not.toContain('Приложение 2');
    expect(regulation).toContain('УТВЕРЖДЕНО');
    expect(regulation).toContain('ПРИНЯТО');
    expect(regulation).toContain('ПОЛОЖЕНИЕ\nо\u00A0наставничестве');
  });

  it('takes a number written with its sign, «№ 45-о», and prints the sign once, in the order and in its stamps', () => {
    const signed = orderPackage
      .replace('number: 45-о', 'number: № 45-о')
      .replace('protocol: { date: 2020-09-28, number: "2" }', 'protocol: { date: 2020-09-28, number: "№2" }');
    const [own, roadmap, regulation] = buildModels(parsePlan(signed, 'plan.yaml'), {
      createdAt: new Date(0),
    }).map((b) => paragraphs(b.model));
    expect(own![2]).toBe('01.10.2020\t№\u00A045-о');
    expect(roadmap![2]).toBe('от\u00A001.10.2020 №\u00A045-о');
    const all = [own!, roadmap!, regulation!].flat().join('\n');
    expect(all).not.toMatch(/№\s*№/);
    expect(all).toMatch(/от\u00A028\.09\.2020 №\u00A02\b/);
  });

  it('stamps an appendix it approves in a clause even when the appendix names no approval of its own', () => {
    const unstamped = orderPackage.replace(
      '    title: Дорожная карта реализации целевой программы наставничества\n    approval: { order: order-roadmap }\n',
      '    title: Дорожная карта реализации целевой программы наставничества\n',
    );
    expect(unstamped).not.toBe(orderPackage);
    const roadmap = paragraphsOf(unstamped, 1);
    expect(roadmap.slice(0, 3)).toEqual([
      'УТВЕРЖДЕНА',
      'приказом ГАПОУ\u00A0«ЧПК»',
      'от\u00A001.10.2020 №\u00A045-о',
    ]);
    expect(roadmap).not.toContain('Приложение 1');
  });

  it('marks an appendix it does not approve «Приложение N к приказу … от … № …»', () => {
    const source = orderPackage.replace('    approval: { order: order-roadmap }\n    items:', '    items:');
    const roadmap = paragraphsOf(source.replace('      - approve: roadmap\n', ''), 1);
    expect(roadmap.slice(0, 3)).toEqual([
      'Приложение 1',
      'к\u00A0приказу ГАПОУ «ЧПК»',
      'от\u00A001.10.2020 №\u00A045-о',
    ]);
  });

  it('with appendix_mark: both, an approved appendix carries the mark and the stamp', () => {
    const source = orderPackage.replace('documents:', 'settings: { appendix_mark: both }\ndocuments:');
    const roadmap = paragraphsOf(source, 1);
    expect(roadmap.slice(0, 7)).toEqual([
      'Приложение 1',
      'к\u00A0приказу ГАПОУ «ЧПК»',
      'от\u00A001.10.2020 №\u00A045-о',
      // A blank line between the mark and the stamp, as between two stamps.
      '',
      'УТВЕРЖДЕНА',
      'приказом ГАПОУ\u00A0«ЧПК»',
      'от\u00A001.10.2020 №\u00A045-о',
    ]);
  });
});

describe('order cross-references', () => {
  it('rejects an approved document that does not exist, with a suggestion', () => {
    expect(problemsOf(orderPackage.replace('- approve: roadmap', '- approve: roadmpa'))).toEqual([
      '18:18: нет документа с id «roadmpa» в documents; возможно, имелось в виду «roadmap»',
    ]);
  });

  it('rejects a document approved by an order that does not append it', () => {
    const source = orderPackage
      .replace('appendices: [roadmap, regulation]', 'appendices: [roadmap]')
      .replace('      - approve: regulation\n', '');
    expect(problemsOf(source)).toEqual([
      '37:24: документ утверждён приказом «order-roadmap», но его нет в appendices этого приказа; добавьте: appendices: [regulation]',
    ]);
  });

  it('rejects a document appended to two orders', () => {
    const second = `  - type: order\n    number: 46-о\n    date: 2020-10-02\n    title: О втором\n    clauses: [Текст]\n    appendices: [roadmap]\n`;
    const source = orderPackage.replace('  - type: roadmap\n', `${second}  - type: roadmap\n`);
    expect(problemsOf(source)).toEqual(['35:18: документ «roadmap» уже приложен к приказу «order-roadmap»']);
  });

  it('rejects an unknown appendix and an unknown person in the order', () => {
    const source = orderPackage
      .replace('appendices: [roadmap, regulation]', 'appendices: [roadmap, regulation, passport]')
      .replace('control: spiridonova', 'control: spiridonva');
    expect(problemsOf(source)).toEqual([
      '27:14: нет человека с ключом «spiridonva» в people. Если это новый человек, добавьте его в people, вписав его имя и должность: spiridonva: { name: Фамилия Имя Отчество, position: Должность }; если он там уже есть, ключ написан с опечаткой: возможно, имелось в виду «spiridonova»',
      '29:39: нет документа с id «passport» в documents',
    ]);
  });
});

describe('order details', () => {
  it('ends a term with one period, also after «г.»', () => {
    const plan = parsePlan(orderPackage.replace('term: 2020-10-15', 'term: 2020-12'), 'plan.yaml');
    expect(paragraphs(buildModels(plan, { createdAt: new Date(0) })[0]!.model)).toContain(
      'Срок: декабрь\u00A02020\u00A0г.',
    );
  });

  it('asks for the text of a clause that names a person', () => {
    const source = orderPackage.replace(
      '      - text: Назначить ответственным за реализацию дорожной карты\n        person:',
      '      - person:',
    );
    expect(problemsOf(source)).toEqual([
      '20:9: у пункта с person нужен text — что поручить этому человеку: «Назначить ответственным за …»',
    ]);
  });

  it('rejects stamps on an order', () => {
    const source = orderPackage.replace(
      '    number: 45-о\n',
      '    number: 45-о\n    approval: { by: aleykina }\n',
    );
    expect(problemsOf(source)[0]).toMatch(/^14:5: у приказа нет грифов/);
  });

  it('with appendix_mark: prilozhenie, an appendix carries the mark but not the order’s stamp', () => {
    const source = orderPackage.replace('documents:', 'settings: { appendix_mark: prilozhenie }\ndocuments:');
    const built = buildModels(parsePlan(source, 'plan.yaml'), { createdAt: new Date(0) });
    const roadmap = paragraphs(built[1]!.model);
    expect(roadmap).toContain('Приложение 1');
    expect(roadmap).not.toContain('УТВЕРЖДЕНА');
    const regulation = paragraphs(built[2]!.model);
    expect(regulation).toContain('ПРИНЯТО');
    expect(regulation).not.toContain('УТВЕРЖДЕНО');
  });
});

describe('order clauses with structure', () => {
  const clause = `      - text: |
          Создать рабочую группу по внедрению целевой модели наставничества.
          Утвердить её состав на заседании педагогического совета
        list: [наставников;, кураторов групп.]
        responsible: bushina
`;
  const order = paragraphs(
    buildModels(
      parsePlan(
        orderPackage.replace(
          '      - text: Обеспечить информирование',
          `${clause}      - text: Обеспечить информирование`,
        ),
        'plan.yaml',
      ),
      { createdAt: new Date(0) },
    )[0]!.model,
  );

  it('keeps the paragraphs of a text written over several lines, and a «–» list inside the clause after «:»', () => {
    const at = order.indexOf('Создать рабочую группу по\u00A0внедрению целевой модели наставничества.');
    expect(order.slice(at, at + 5)).toEqual([
      'Создать рабочую группу по\u00A0внедрению целевой модели наставничества.',
      'Утвердить её состав на\u00A0заседании педагогического совета:',
      'наставников;',
      'кураторов групп.',
      'Ответственный: Бушина\u00A0М.Б.',
    ]);
  });

  it('ends a clause that introduces sub-clauses with «:», and names the responsible after them', () => {
    const at = order.indexOf('Обеспечить информирование коллектива о\u00A0программе наставничества:');
    expect(order.slice(at, at + 4)).toEqual([
      'Обеспечить информирование коллектива о\u00A0программе наставничества:',
      'Подготовить пресс-релиз.',
      'Ответственный: Бушина\u00A0М.Б.',
      'Срок: до\u00A015.10.2020.',
    ]);
  });

  it('ends a clause that introduces sub-clauses with «:» after the period of initials too', () => {
    const source = orderPackage.replace(
      '      - text: Обеспечить информирование',
      `      - text: Методисту Бушиной М.Б.
        clauses: [подготовить пресс-релиз]
      - text: Обеспечить информирование`,
    );
    const own = paragraphsOf(source);
    expect(own).toContain('Методисту Бушиной\u00A0М.Б.:');
  });

  it('leaves a blank line between the signature and «С приказом ознакомлены:»', () => {
    const at = order.indexOf('С\u00A0приказом ознакомлены:');
    expect(order.slice(at - 2, at)).toEqual(['Директор\tГ.В.\u00A0Алейкина', '']);
  });

  it('keeps «С приказом ознакомлены:» with the first two names: a page never starts with the rest of them alone', () => {
    const [own] = buildModels(parsePlan(orderPackage, 'plan.yaml'), { createdAt: new Date(0) });
    const blocks = own!.model.sections[0]!.children;
    const heading = blocks.findIndex((b) => JSON.stringify(b).includes('приказом ознакомлены:'));
    expect(blocks[heading]).toMatchObject({ type: 'paragraph', keepNext: true });
    const table = blocks[heading + 1];
    if (table?.type !== 'table') throw new Error('no table of names after the heading');
    expect(table.rows.length).toBeGreaterThan(1);
    expect(table.rows.map((row) => row.keepNext === true)).toEqual(table.rows.map((_, r) => r === 0));
  });
});

describe('a «1)» list inside an order clause: list: { numbered: […] }', () => {
  const source = orderPackage.replace(
    '      - text: Обеспечить информирование',
    `      - text: Включить в состав рабочей группы
        list: { numbered: [наставников;, кураторов групп.] }
        clauses: [Провести первое заседание]
      - text: Обеспечить информирование`,
  );
  const model = buildModels(parsePlan(source, 'plan.yaml'), { createdAt: new Date(0) })[0]!.model;
  const order = paragraphs(model);

  it('writes the items after the clause, which ends with «:», before its sub-clauses', () => {
    const at = order.indexOf('Включить в\u00A0состав рабочей группы:');
    expect(order.slice(at, at + 4)).toEqual([
      'Включить в\u00A0состав рабочей группы:',
      'наставников;',
      'кураторов групп.',
      'Провести первое заседание.',
    ]);
  });

  it('is a list of its own numbered «1)», «2)», not sub-clauses of the outline', () => {
    const lists = JSON.stringify(model).match(/"type":"list","ordered":true,"inline":true,"marker":"paren"/g);
    expect(lists).toHaveLength(1);
  });

  it('is refused when empty or not a list, at its line', () => {
    const empty = source.replace(
      'list: { numbered: [наставников;, кураторов групп.] }',
      'list: { numbered: [] }',
    );
    expect(problemsOf(empty)).toEqual([
      '23:27: перечень пуст — в документе на его месте ничего бы не напечаталось: добавьте строки (- …) или уберите перечень (numbered)',
    ]);
    const wrongKey = source.replace('list: { numbered:', 'list: { numbred:');
    expect(problemsOf(wrongKey)).toContain(
      '23:17: неизвестный ключ «numbred»; возможно, имелось в виду «numbered»',
    );
    const russian = source.replace('list: { numbered:', 'список: { нумерованный:');
    expect(problemsOf(russian)).toEqual([
      '23:9: ключи плана пишутся по-английски: вместо «список» используйте list',
    ]);
  });
});
