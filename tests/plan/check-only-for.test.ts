import { describe, expect, it } from 'vitest';
import { orderPackage } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';
import { sspkOrderEntry, writeSspk } from '../_fixtures/sspk.js';

const lineOf = (source: string, text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;
/** The partner, without a number of its own for any order. */
const partnerBare = `variants:\n${writeSspk()}`;
/** The partner with its own number of the plan's order (check-variant-numbers.ts). */
const partner = `${partnerBare}${sspkOrderEntry}`;
/** The partner's own order on joining the network, read by its head, whom only the partner has. */
const joining = (folders: string) => `  - type: order
    id: joining
    only_for: ${folders}
    number: 1-о
    date: 2020-09-01
    title: О вступлении в сетевой проект
    clauses:
      - Вступить в сетевой проект
    control: self
    acquainted: [kozlova]
`;
/** The fixture package (its own folder: gapou_chpk) with `only_for` given to the document of that id. */
const only = (source: string, id: string, folders: string) =>
  source.replace(`    id: ${id}\n`, `    id: ${id}\n    only_for: ${folders}\n`);
const cited = orderPackage.replace(
  '      - text: Назначить ответственным',
  '      - Ознакомить педагогов с положением (приложение 2)\n      - text: Назначить ответственным',
);

describe('a document only some organisations of a network project get (only_for)', () => {
  it('is checked only as those organisations have it: a partner’s order may name its own people', () => {
    expect(problemsOf(orderPackage + joining('[sspk]') + partner)).toEqual([]);
    // Both get the joining order: the partner gives its own number (check-variant-numbers.ts).
    const both = `${orderPackage}${joining('[sspk, gapou_chpk]')}${partner}      joining: { number: 3-о }\n`;
    expect(problemsOf(both)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${lineOf(both, 'acquainted: [kozlova]')}:\\d+: «kozlova» \\(Козлова Ирина Николаевна\\) есть только в people организации «sspk», а документ печатается и у организации «gapou_chpk»`,
        ),
      ),
    ]);
  });

  it('reports a folder that is no organisation’s at its place in the list, naming the folders there are', () => {
    const source = orderPackage + joining('[sspk, gapou_chkp]') + partner;
    expect(problemsOf(source)).toEqual([
      `${lineOf(source, 'only_for:')}:22: нет организации с папкой «gapou_chkp» (only_for); папки организаций плана: gapou_chpk, sspk; возможно, имелось в виду «gapou_chpk»`,
    ]);
  });

  it('is an error in a plan without variants', () => {
    const source = only(orderPackage, 'regulation', '[gapou_chpk]');
    expect(problemsOf(source)).toEqual([
      `${lineOf(source, 'only_for:')}:5: only_for называет организации сетевого проекта, а в плане нет variants: пакет собирается для одной организации, и неясно, печатать ли документ. Уберите only_for или перечислите организации-партнёры в variants`,
    ]);
  });

  it('takes an appendix from the others’ order with the clause approving it', () => {
    expect(problemsOf(only(orderPackage, 'regulation', '[gapou_chpk]') + partner)).toEqual([]);
    expect(problemsOf(only(orderPackage, 'roadmap', '[sspk]') + partner)).toEqual([]);
  });

  it('reports an order only some get whose appendix it approves is not limited the same way', () => {
    const source = only(orderPackage, 'order-roadmap', '[gapou_chpk]') + joining('[sspk]') + partnerBare;
    const lines = source
      .split('\n')
      .flatMap((l, i) => (l.includes('approval: { order: order-roadmap }') ? [i + 1] : []));
    expect(lines).toHaveLength(2);
    expect(problemsOf(source)).toEqual(
      lines.map(
        (line) =>
          `${line}:24: документ утверждён приказом «order-roadmap», который есть только у организации «gapou_chpk» (only_for), а у организации «sspk» его нет: её гриф «УТВЕРЖДЕНО приказом …» назвал бы приказ, которого нет в её папке. Дайте и этому документу only_for: [gapou_chpk] или добавьте «sspk» в only_for приказа`,
      ),
    );
    const limited = only(only(source, 'roadmap', '[gapou_chpk]'), 'regulation', '[gapou_chpk]');
    expect(problemsOf(limited)).toEqual([]);
  });

  it('lets an appendix not approved by the order stay alone for the others, as leave_out does', () => {
    const byHead = orderPackage
      .replace(/approval: \{ order: order-roadmap \}/g, 'approval: { by: aleykina, date: 2020-10-01 }')
      .replace(/ {6}- approve: (roadmap|regulation)\n/g, '');
    expect(
      problemsOf(only(byHead, 'order-roadmap', '[gapou_chpk]') + joining('[sspk]') + partnerBare),
    ).toEqual([]);
  });

  it('reports a schedule of a roadmap an organisation does not get at its roadmap', () => {
    const schedule = `  - type: schedule
    id: schedule
    title: План-график
    roadmap: roadmap
    approval: { by: aleykina, date: 2020-10-01 }
`;
    const source = only(
      orderPackage.replace(
        'documents:\n',
        `project: { period: { from: 2020-09, to: 2021-06 } }\ndocuments:\n${schedule}`,
      ),
      'roadmap',
      '[gapou_chpk]',
    );
    expect(problemsOf(`${source}${partner}`)).toEqual([
      `${lineOf(source, 'roadmap: roadmap')}:14: план-график строится по дорожной карте «roadmap», которая есть только у организации «gapou_chpk» (only_for), а у организации «sspk» её нет. Дайте и плану-графику only_for: [gapou_chpk] или добавьте «sspk» в only_for дорожной карты`,
    ]);
    expect(problemsOf(`${only(source, 'schedule', '[gapou_chpk]')}${partner}`)).toEqual([]);
  });

  it('reports an appendix number typed in a clause that would be another appendix, or none, for an organisation', () => {
    const moved = only(cited, 'roadmap', '[sspk]') + partner;
    expect(problemsOf(moved)).toEqual([
      `${lineOf(moved, 'с положением (приложение 2)')}:9: «приложение 2» по списку appendices приказа — это «Положение о наставничестве», а у организации «gapou_chpk» без документов, которых у неё нет (only_for), это приложение 1: текст печатается у всех организаций одинаково, и её приказ сослался бы на другое приложение. Напишите текст без номера приложения или утверждайте документ пунктом approve — номер приложения gramota ставит у каждой организации свой`,
    ]);
    const gone = only(cited, 'regulation', '[gapou_chpk]') + partner;
    expect(problemsOf(gone)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${lineOf(gone, 'с положением (приложение 2)')}:9: «приложение 2» по списку appendices приказа — это «Положение о наставничестве», документ, которого у организации «sspk» нет \\(only_for\\)`,
        ),
      ),
    ]);
  });

  it('lets «приложение N» stand where every organisation’s own appendix N has that title', () => {
    // Each organisation its own «Положение о наставничестве», second in its order's appendices (trial 9).
    const own = `${only(cited, 'regulation', '[gapou_chpk]').replace(
      'appendices: [roadmap, regulation]',
      'appendices: [roadmap, regulation, regulation-sspk]',
    )}  - type: regulation
    id: regulation-sspk
    only_for: [sspk]
    title: Положение о наставничестве
    approval: { order: order-roadmap }
    sections: [{ title: Общие положения, clauses: [Настоящее Положение регулирует наставничество.] }]
`;
    expect(problemsOf(own + partner)).toEqual([]);
    // Another title at that number is still another appendix, named as the organisation's package prints it.
    const other = own.replace(
      'id: regulation-sspk\n    only_for: [sspk]\n    title: Положение о наставничестве',
      'id: regulation-sspk\n    only_for: [sspk]\n    title: Положение о сетевом взаимодействии',
    );
    expect(problemsOf(other + partner)).toEqual([
      expect.stringContaining(
        '«приложение 2» по списку appendices приказа — это «Положение о наставничестве», документ, которого у организации «sspk» нет (only_for), а её приложение 2 — «Положение о сетевом взаимодействии»',
      ),
    ]);
  });

  it('reports an organisation left with no document at the first only_for that leaves it out', () => {
    const own = ['order-roadmap', 'roadmap', 'regulation'].reduce(
      (s, id) => only(s, id, '[sspk]'),
      orderPackage,
    );
    expect(problemsOf(own + partner)).toEqual([
      `${lineOf(own, 'only_for:')}:5: у организации «gapou_chpk» не было бы ни одного документа: остальные документы плана — только для других организаций (only_for), и её папка была бы пустой. Добавьте «gapou_chpk» в only_for документа, который ей нужен`,
    ]);
    const theirs = only(only(orderPackage, 'roadmap', '[gapou_chpk]'), 'regulation', '[gapou_chpk]');
    const source = `${theirs}${partnerBare}    leave_out: [order-roadmap]\n`;
    expect(problemsOf(source)).toEqual([
      `${lineOf(source, 'only_for:')}:5: у организации «sspk» не было бы ни одного документа: остальные документы плана — только для других организаций (only_for) или в её leave_out, и её папка была бы пустой. Добавьте «sspk» в only_for документа, который ей нужен, или уберите её из variants`,
    ]);
  });

  it('reports a number and date a variant gives an order it does not get at the order’s key', () => {
    const own = ['order-roadmap', 'roadmap', 'regulation'].reduce(
      (s, id) => only(s, id, '[gapou_chpk]'),
      orderPackage,
    );
    const source = `${own}${joining('[sspk]')}${partnerBare}    documents:\n      order-roadmap: { number: 245-о, date: 2020-09-28 }\n`;
    expect(problemsOf(source)).toEqual([
      `${lineOf(source, 'order-roadmap: { number')}:7: приказ «order-roadmap» есть только у организации «gapou_chpk» (only_for), а у «sspk» его нет — его номер и дата отсюда не напечатались бы нигде. Уберите их отсюда или добавьте «sspk» в only_for приказа`,
    ]);
  });
});
