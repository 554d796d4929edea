import { describe, expect, it } from 'vitest';
import { buildModels } from '../../src/generate.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { paragraphsOf } from '../_fixtures/paragraphs.js';
import { minimalRoadmap, orderPackage } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';

const orderText = (source: string) =>
  paragraphsOf(buildModels(parsePlan(source, 'plan.yaml'), { createdAt: new Date(0) })[0]!.model);

describe('a person field takes a key or the name as written in people', () => {
  it('resolves «Фамилия И.О.», «И.О. Фамилия» and the full name to the person: declined, signed, initials', () => {
    const source = orderPackage
      .replace('person: spiridonova', 'person: Спиридонова А.В.')
      .replace('control: spiridonova', 'control: А. В. Спиридонова')
      .replace('responsible: bushina', 'responsible: Бушина Мария Борисовна')
      .replace('  head: aleykina\n', '  head: aleykina\n')
      .replace(
        '    acquainted: [spiridonova, bushina]',
        '    signer: Алейкина Г.В.\n    acquainted: [Спиридонова Анна Владимировна, Бушина М.Б.]',
      );
    const order = orderText(source);
    expect(order).toContain(
      'Назначить ответственным за\u00A0реализацию дорожной карты заместителя директора по\u00A0учебно-методической работе Спиридонову\u00A0А.В.',
    );
    expect(order).toContain(
      'Контроль за\u00A0исполнением настоящего приказа возложить на\u00A0заместителя директора по\u00A0учебно-методической работе Спиридонову\u00A0А.В.',
    );
    expect(order).toContain('Ответственный: Бушина\u00A0М.Б.');
    expect(order).toContain('Директор\tГ.В.\u00A0Алейкина');
    expect(order).toContain('А.В.\u00A0Спиридонова');
  });

  it('resolves a name in the approval stamp: the position line holds the position, not the name', () => {
    const source = minimalRoadmap.replace('approval: { by: aleykina', 'approval: { by: Алейкина Г.В.');
    const roadmap = paragraphsOf(
      buildModels(parsePlan(source, 'plan.yaml'), { createdAt: new Date(0) })[0]!.model,
    );
    expect(roadmap).toContain('Директор ГАПОУ\u00A0«ЧПК»');
    expect(roadmap.some((p) => p.includes('Г.В.\u00A0Алейкина'))).toBe(true);
  });

  it('names a name that matches nobody in people, with the closest person', () => {
    expect(
      problemsOf(minimalRoadmap.replace('responsible: spiridonova\n', 'responsible: Спиридонов А.В.\n')),
    ).toEqual([
      '18:22: нет человека «Спиридонов А.В.» в people. Если это новый человек, добавьте его в people, вписав его должность: spiridonov: { name: Спиридонов А.В., position: Должность }; если он там уже есть, имя пишется так же, как в people, или ключом: возможно, имелось в виду «Спиридонова А.В.»',
    ]);
  });

  it('rejects a capitalised Latin word instead of printing it', () => {
    expect(
      problemsOf(minimalRoadmap.replace('responsible: spiridonova\n', 'responsible: Spiridonova\n')),
    ).toEqual([
      '18:22: нет человека с ключом «Spiridonova» в people; возможно, имелось в виду «spiridonova»',
    ]);
  });

  it('rejects keys written as one text, which would print in Latin, and keeps names and free text with commas', () => {
    expect(
      problemsOf(
        minimalRoadmap.replace('responsible: spiridonova\n', 'responsible: spiridonova; aleykina\n'),
      ),
    ).toEqual([
      '18:22: «spiridonova; aleykina» напечаталось бы как есть, латиницей: несколько людей пишутся списком — [spiridonova, aleykina]',
    ]);
    const named = minimalRoadmap.replace(
      'responsible: spiridonova\n',
      'responsible: Спиридонова А.В., классные руководители\n',
    );
    expect(problemsOf(named)).toEqual([]);
  });

  it('rejects a person of people written as text in the nominative where the order declines them', () => {
    const control = (value: string) =>
      problemsOf(orderPackage.replace('control: spiridonova', `control: ${value}`));
    expect(control('заместитель директора Спиридонова А.В.')).toEqual([
      expect.stringMatching(
        /^\d+:\d+: «заместитель директора Спиридонова А\.В\.» напечатается как есть, без склонения, хотя здесь назван человек из people; напишите его ключ spiridonova/,
      ),
    ]);
    expect(control('заместитель директора Спиридонова')).toHaveLength(1);
    // Written in the accusative by hand, it names nobody as people has it: printed as written.
    expect(control('заместителя директора Спиридонову А.В.')).toEqual([]);
    expect(control('заместителя директора по учебной работе')).toEqual([]);
  });

  it('requires a person who signs: free text in signer or head is an error, never an order without a signature', () => {
    expect(problemsOf(orderPackage.replace('  head: aleykina\n', '  head: Директор\n'))).toEqual([
      '5:9: здесь нужен человек из people — его ключ или имя, как в people, а не «Директор»',
    ]);
    expect(
      problemsOf(orderPackage.replace('    acquainted:', '    signer: Сидорова С.С.\n    acquainted:')),
    ).toEqual([
      '28:13: нет человека «Сидорова С.С.» в people. Если это новый человек, добавьте его в people, вписав его должность: sidorova: { name: Сидорова С.С., position: Должность }',
    ]);
  });

  it('keeps free text where free text is allowed', () => {
    const source = minimalRoadmap.replace('responsible: spiridonova\n', 'responsible: Кураторы групп\n');
    expect(problemsOf(source)).toEqual([]);
  });
});
