import { describe, expect, it } from 'vitest';
import { buildModels, generate } from '../../src/generate.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { paragraphsOf } from '../_fixtures/paragraphs.js';
import { minimalRoadmap, orderPackage } from '../_fixtures/plans.js';

const twoLines = (source: string, from: string, lines: string) =>
  source.replace(`    title: ${from}\n`, `    title: |\n${lines.replace(/^/gm, '      ')}\n`);

describe('a title written over several lines', () => {
  it('keeps its line break in the document, and its words apart in the file name and properties', async () => {
    const source = twoLines(
      minimalRoadmap,
      'Дорожная карта реализации целевой программы наставничества',
      'Дорожная карта\nреализации  целевой программы',
    );
    const [doc] = await generate(source, { file: 'plan.yaml', formats: ['docx'] });
    expect(paragraphsOf(doc!.model)).toContain('Дорожная карта\nреализации целевой программы');
    expect(doc!.fileName).toBe('Dorozhnaya_karta_realizatsii_tselevoi_programmi');
    expect(doc!.model.meta.title).toBe('Дорожная карта реализации целевой программы');
  });

  it('in a regulation, keeps the lines under «ПОЛОЖЕНИЕ»; an order approving it names it on one line', () => {
    const source = twoLines(
      orderPackage,
      'Положение о наставничестве',
      'Положение о наставничестве\nв ГАПОУ "ЧПК"',
    );
    const docs = buildModels(parsePlan(source, 'plan.yaml'), { createdAt: new Date(0) });
    const regulation = docs.find((d) => d.id === 'regulation')!;
    expect(paragraphsOf(regulation.model)).toContain('ПОЛОЖЕНИЕ\nо\u00A0наставничестве\nв\u00A0ГАПОУ «ЧПК»');
    expect(paragraphsOf(docs[0]!.model)).toContain(
      'Утвердить Положение о\u00A0наставничестве в\u00A0ГАПОУ «ЧПК» (приложение\u00A02).',
    );
  });
});
