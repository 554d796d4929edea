import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildModels, generate } from '../../src/generate.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { paragraphsOf } from '../_fixtures/paragraphs.js';
import { minimalRoadmap } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';

const orders = `orders:
  prikaz-27: { number: 27-од, date: 11.03.2024 }
  ministry-109: { number: "109", date: 2024-09-01, issuer: Министерства образования Забайкальского края }
documents:
  - type: regulation
    title: Положение о наставничестве
    approval: { order: prikaz-27 }
    sections: [{ title: Общие положения, clauses: [Текст.] }]
`;
const plan = minimalRoadmap.replace('documents:\n', orders);
const pages = (source: string) =>
  buildModels(parsePlan(source, 'plan.yaml'), { createdAt: new Date(0) }).map((d) => paragraphsOf(d.model));

describe('orders outside the plan', () => {
  it('are cited by an approval stamp: «УТВЕРЖДЕНО приказом … от … № …», also of another issuer', () => {
    const [regulation] = pages(plan);
    expect(regulation!.slice(0, 3)).toEqual([
      'УТВЕРЖДЕНО',
      'приказом ГАПОУ\u00A0«ЧПК»',
      'от\u00A011.03.2024 №\u00A027-од',
    ]);
    const [byMinistry] = pages(
      plan.replace('approval: { order: prikaz-27 }', 'approval: { order: ministry-109 }'),
    );
    expect(byMinistry!.slice(0, 3)).toEqual([
      'УТВЕРЖДЕНО',
      // Broken as it wraps, in the model: Word, LibreOffice and the PDF break it alike (requisite-lines.ts).
      'приказом Министерства\nобразования Забайкальского края',
      'от\u00A001.09.2024 №\u00A0109',
    ]);
  });

  it('give a document that is their appendix its mark: «Приложение 2 к приказу … от … № …»', () => {
    const source = plan.replace(
      '    approval: { by: aleykina, date: 2020-10-01 }\n',
      '    appendix_to: { order: prikaz-27, number: 2 }\n',
    );
    const [, roadmap] = pages(source);
    expect(roadmap!.slice(0, 3)).toEqual([
      'Приложение 2',
      'к\u00A0приказу ГАПОУ «ЧПК»',
      'от\u00A011.03.2024 №\u00A027-од',
    ]);
  });

  it('reject an appendix_to that names no order of orders, with a suggestion', () => {
    const source = plan.replace(
      '    approval: { by: aleykina, date: 2020-10-01 }\n',
      '    appendix_to: { order: prikaz-72 }\n',
    );
    expect(problemsOf(source)).toEqual([
      '20:27: нет приказа с id «prikaz-72» в orders; возможно, имелось в виду «prikaz-27»',
    ]);
  });

  it('reject an approval by an order that is neither built nor listed', () => {
    expect(
      problemsOf(plan.replace('approval: { order: prikaz-27 }', 'approval: { order: prikaz-28 }')),
    ).toEqual([
      '15:24: нет приказа с id «prikaz-28» ни в documents, ни в orders; возможно, имелось в виду «prikaz-27»',
    ]);
  });

  it('reject an id taken by a document too', () => {
    expect(
      problemsOf(
        plan.replace('  prikaz-27:', '  mentoring-roadmap: { number: "1", date: 2024-03-11 }\n  prikaz-27:'),
      ),
    ).toEqual(['10:3: id «mentoring-roadmap» есть и в orders, и в documents; дайте им разные id']);
  });

  const decree = plan.replace(
    '  ministry-109: {',
    '  mo-1543: { kind: распоряжение, number: 1543-р, date: 20.08.2025, issuer: Министерства образования Московской области }\n  ministry-109: {',
  );

  it('are cited as the kind of act they are: «УТВЕРЖДЕНО распоряжением …», «Приложение 2 к распоряжению …»', () => {
    const source = decree
      .replace('approval: { order: prikaz-27 }', 'approval: { order: mo-1543 }')
      .replace(
        '    approval: { by: aleykina, date: 2020-10-01 }\n',
        '    appendix_to: { order: mo-1543, number: 2 }\n',
      );
    const [regulation, roadmap] = pages(source);
    const lines = (paragraphs: readonly string[]) =>
      paragraphs.slice(0, 3).join('\n').replaceAll('\u00A0', ' ').split('\n').join(' ');
    expect(lines(regulation!)).toBe(
      'УТВЕРЖДЕНО распоряжением Министерства образования Московской области от 20.08.2025 № 1543-р',
    );
    expect(lines(roadmap!)).toBe(
      'Приложение 2 к распоряжению Министерства образования Московской области от 20.08.2025 № 1543-р',
    );
  });

  it('decline each kind of act: постановлением, решением, указом; a приказ by default', () => {
    const stampOf = (kind: string) =>
      pages(
        decree
          .replace('kind: распоряжение', `kind: ${kind}`)
          .replace('approval: { order: prikaz-27 }', 'approval: { order: mo-1543 }'),
      )[0]![1]!.split(/[\s\u00A0]/)[0];
    expect(['постановление', 'решение', 'указ', 'приказ'].map(stampOf)).toEqual([
      'постановлением',
      'решением',
      'указом',
      'приказом',
    ]);
  });

  it('print the act in the DOCX as in the model', async () => {
    const source = decree.replace(
      '    approval: { by: aleykina, date: 2020-10-01 }\n',
      '    appendix_to: { order: mo-1543, number: 2 }\n',
    );
    const [, roadmap] = await generate(source, { createdAt: new Date(0), formats: ['docx'] });
    const xml = strFromU8(unzipSync(roadmap!.docx!)['word/document.xml']!);
    const texts = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replaceAll('\u00A0', ' '));
    expect(texts.slice(0, 5).join(' ')).toBe(
      'Приложение 2 к распоряжению Министерства образования Московской области от 20.08.2025 № 1543-р',
    );
    expect(xml).not.toContain('приказу');
  });

  it('reject a kind of act they cannot be, naming the kinds', () => {
    expect(problemsOf(decree.replace('kind: распоряжение', 'kind: письмо'))).toEqual([
      '11:20: неизвестное значение «письмо»; допустимые значения: приказ, распоряжение, постановление, решение, указ',
    ]);
  });
});

describe('appendices to the application', () => {
  const application = (value: string) =>
    minimalRoadmap.replace(
      '    approval: { by: aleykina, date: 2020-10-01 }\n',
      `    appendix_to: { application: ${value}, number: 3 }\n    approval: { by: aleykina, date: 2020-10-01 }\n`,
    );

  it('are marked «Приложение 3 к заявке» over their own stamp, with no order to cite', () => {
    const [roadmap] = pages(application('true'));
    expect(roadmap!.slice(0, 4).map((p) => p.replaceAll('\u00A0', ' '))).toEqual([
      'Приложение 3',
      'к заявке',
      '',
      'УТВЕРЖДАЮ',
    ]);
  });

  it('say what the application is for after «к заявке», however it is written', () => {
    for (const written of [
      'на присвоение статуса РИП',
      'к заявке на присвоение статуса РИП',
      'Заявка на присвоение статуса РИП',
    ]) {
      const [roadmap] = pages(application(written));
      expect(roadmap![1]!.replace(/[\s\u00A0]+/g, ' ')).toBe('к заявке на присвоение статуса РИП');
    }
  });

  it('reject an appendix_to that names neither an order nor the application, and one that names both', () => {
    const line = '    approval: { by: aleykina, date: 2020-10-01 }\n';
    expect(problemsOf(minimalRoadmap.replace(line, '    appendix_to: { number: 2 }\n'))).toEqual([
      '13:5: в appendix_to не сказано, к чему документ приложен: к приказу (распоряжению) из orders — { order: prikaz-27, number: 2 }, к заявке — { application: true, number: 1 }',
    ]);
    expect(
      problemsOf(plan.replace(line, '    appendix_to: { order: prikaz-27, application: true }\n')),
    ).toEqual([
      '20:5: в appendix_to и order, и application: документ — приложение либо к приказу (распоряжению), либо к заявке; оставьте одно',
    ]);
  });
});
