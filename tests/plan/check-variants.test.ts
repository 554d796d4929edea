import { describe, expect, it } from 'vitest';
import { orderPackage } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';
import { sspkOrderEntry, writeSspk } from '../_fixtures/sspk.js';

/** The fixture order package with variants appended (lines 1… as written here). */
const withVariants = (variants: string) => `${orderPackage.trimEnd()}\nvariants:\n${variants}`;
const lineOf = (source: string, text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;

const partner = writeSspk({ rest: sspkOrderEntry });

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
    // The order itself is then left without the partner's number (check-variant-numbers.ts).
    const noNumber = expect.stringMatching(
      /^\d+:5: у организации «sspk» нет своего номера приказа «order-roadmap»/,
    );
    expect(problemsOf(unknown)).toEqual([
      noNumber,
      `${lineOf(unknown, 'order-roadmp:')}:7: нет документа с id «order-roadmp» в documents; возможно, имелось в виду «order-roadmap»`,
    ]);
    const notAnOrder = withVariants(
      partner.replace('order-roadmap: { number: 245-о, date: 2020-09-28 }', 'roadmap: { number: "1" }'),
    );
    expect(problemsOf(notAnOrder)).toEqual([
      noNumber,
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

describe('a variant’s leave_out: the documents its organisation does not get', () => {
  const leaving = (ids: string) => withVariants(`${partner}    leave_out: ${ids}\n`);

  it('accepts an appendix left out with the clause that approves it', () => {
    expect(problemsOf(leaving('[regulation]'))).toEqual([]);
  });

  it('reports an id that is no document at its place in the list, naming the plan’s documents', () => {
    const source = leaving('[roadmap, regulaton]');
    expect(problemsOf(source)).toEqual([
      `${lineOf(source, 'leave_out:')}:26: нет документа с id «regulaton» в documents (leave_out); документы плана: order-roadmap, roadmap, regulation; возможно, имелось в виду «regulation»`,
    ]);
  });

  it('reports a leave_out that is not a list at its line', () => {
    const source = leaving('regulation');
    expect(problemsOf(source)[0]).toMatch(new RegExp(`^${lineOf(source, 'leave_out:')}:\\d+: .*спис`));
  });

  it('reports a document kept whose approving order is left out, at its approval', () => {
    // The partner's number and date for that order go too (they would print nowhere: the next test).
    const source = leaving('[order-roadmap]').replace(
      '    documents:\n      order-roadmap: { number: 245-о, date: 2020-09-28 }\n',
      '',
    );
    const lines = source
      .split('\n')
      .flatMap((l, i) => (l.includes('approval: { order: order-roadmap }') ? [i + 1] : []));
    expect(problemsOf(source)).toEqual(
      lines.map(
        (line) =>
          `${line}:24: документ утверждён приказом «order-roadmap», которого у организации «sspk» нет (leave_out): её гриф «УТВЕРЖДЕНО приказом …» назвал бы приказ, которого нет в её папке. Оставьте без неё и этот документ — добавьте его id в её leave_out`,
      ),
    );
    expect(lines).toHaveLength(2);
  });

  it('reports an appendix number typed in a clause that would be another appendix, or none, for the partner', () => {
    const cited = (ids: string) =>
      leaving(ids).replace(
        '      - text: Назначить ответственным',
        '      - Ознакомить педагогов с положением (приложение 2)\n      - text: Назначить ответственным',
      );
    const moved = cited('[roadmap]');
    expect(problemsOf(moved)).toEqual([
      `${lineOf(moved, 'с положением (приложение 2)')}:9: «приложение 2» по списку appendices приказа — это «Положение о наставничестве», а у организации «sspk» без документов её leave_out это приложение 1: текст печатается у всех организаций одинаково, и её приказ сослался бы на другое приложение. Напишите текст без номера приложения или утверждайте документ пунктом approve — номер приложения gramota ставит у каждой организации свой`,
    ]);
    const gone = cited('[regulation]');
    expect(problemsOf(gone)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${lineOf(gone, 'с положением (приложение 2)')}:9: «приложение 2» по списку appendices приказа — это «Положение о наставничестве», документ, которого у организации «sspk» нет \\(leave_out\\)`,
        ),
      ),
    ]);
  });

  it('reports a number and date given for an order it leaves out at the order’s key in its documents', () => {
    const source = leaving('[order-roadmap]');
    const line = lineOf(source, 'order-roadmap: { number: 245-о');
    expect(problemsOf(source)).toContain(
      `${line}:7: приказ «order-roadmap» у организации «sspk» в leave_out — его номер и дата отсюда не напечатались бы нигде. Уберите его отсюда или из leave_out`,
    );
    expect(problemsOf(leaving('[regulation]'))).toEqual([]);
  });

  it('reports a variant that leaves out every document', () => {
    const source = leaving('[order-roadmap, roadmap, regulation]');
    expect(problemsOf(source)).toContain(
      `${lineOf(source, 'leave_out:')}:5: у организации «sspk» в leave_out все документы плана — её папка была бы пустой; уберите её из variants или оставьте ей хотя бы один документ`,
    );
  });

  it('checks the documents it keeps at their lines in the plan, counted with what was left out', () => {
    // The partner has no bushina; the clause naming her is the fourth of the plan, the third the partner prints.
    const source = leaving('[roadmap]')
      .replace(
        '    people:\n      kozlova',
        '    people:\n      bushina: { name: Егорова К.В., position: Методист }\n      kozlova',
      )
      .replace('responsible: bushina', 'responsible: Бушина М.Б.');
    expect(problemsOf(source)).toEqual([
      expect.stringMatching(
        new RegExp(`^${lineOf(source, 'responsible: Бушина М.Б.')}:\\d+: для организации «sspk»: `),
      ),
    ]);
  });
});
