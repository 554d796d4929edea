import { describe, expect, it } from 'vitest';
import { orderPackage } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';

/** The fixture order package with variants appended (lines 1… as written here). */
const withVariants = (variants: string) => `${orderPackage.trimEnd()}\nvariants:\n${variants}`;
const lineOf = (source: string, text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;

const partner = `  - folder: sspk
    organization: { name: Самарский социально-педагогический колледж, short_name: ГБПОУ "ССПК", head: kozlova }
    people:
      kozlova: { name: Козлова Ирина Николаевна, position: Директор }
    documents:
      order-roadmap: { number: 245-о, date: 2020-09-28 }
`;

describe('variants of a network project are checked at their lines', () => {
  it('accepts a variant with its own head, people and order number', () => {
    expect(problemsOf(withVariants(partner))).toEqual([]);
  });

  it('reports a head that is a person of neither the variant nor the plan at the variant’s head', () => {
    const source = withVariants(partner.replace('head: kozlova }', 'head: kozlov }'));
    const [problem, ...rest] = problemsOf(source);
    expect(rest).toEqual([]);
    expect(problem).toMatch(
      new RegExp(`^${lineOf(source, 'head: kozlov }')}:\\d+: нет человека с ключом «kozlov» в people`),
    );
    expect(problem).toContain('«kozlova»');
  });

  it('reports a person a document names whom the variant lacks at the document’s line, naming the organisation', () => {
    // The clause names Бушина by her name; the partner's «bushina» is someone else, so it has nobody of that name.
    const source = withVariants(
      partner.replace('    people:\n', '    people:\n      bushina: { name: Егорова К.В. }\n'),
    ).replace('responsible: bushina', 'responsible: Бушина М.Б.');
    const line = lineOf(source, 'responsible: Бушина М.Б.');
    expect(problemsOf(source)).toEqual([
      expect.stringMatching(new RegExp(`^${line}:\\d+: для организации «sspk»: .*«Бушина М\\.Б\\.»`)),
    ]);
  });

  it('does not repeat for a variant what is wrong for the plan’s own organisation', () => {
    const source = withVariants(partner).replace('responsible: bushina', 'responsible: bushyna');
    const problems = problemsOf(source);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(`^${lineOf(source, 'responsible: bushyna')}:\\d+: нет человека с ключом «bushyna»`),
    );
  });

  it('reports an order id that is not in documents, or not an order, at its key in the variant', () => {
    const unknown = withVariants(partner.replace('order-roadmap: {', 'order-roadmp: {'));
    expect(problemsOf(unknown)).toEqual([
      `${lineOf(unknown, 'order-roadmp:')}:7: нет документа с id «order-roadmp» в documents; возможно, имелось в виду «order-roadmap»`,
    ]);
    const notAnOrder = withVariants(
      partner.replace('order-roadmap: { number: 245-о, date: 2020-09-28 }', 'roadmap: { number: "1" }'),
    );
    expect(problemsOf(notAnOrder)).toEqual([
      `${lineOf(notAnOrder, 'roadmap: { number')}:7: «roadmap» — не приказ: в documents варианта задаются номер и дата только приказов плана`,
    ]);
  });

  it('reports two organisations that would share a folder', () => {
    const source = withVariants(`${partner}${partner}`);
    const second = source.split('\n').findLastIndex((l) => l.includes('- folder: sspk')) + 1;
    expect(problemsOf(source)).toEqual([
      `${second}:13: папка «sspk» уже занята другой организацией плана; задайте этой организации свою: folder: …`,
    ]);
  });

  it('reports a folder name that is not Latin letters', () => {
    const source = withVariants(partner.replace('folder: sspk', 'folder: ССПК'));
    expect(problemsOf(source)[0]).toMatch(/^\d+:\d+: имя папки: строчные латинские буквы/);
  });
});
