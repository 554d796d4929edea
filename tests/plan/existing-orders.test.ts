import { describe, expect, it } from 'vitest';
import { buildModels } from '../../src/generate.js';
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
});
