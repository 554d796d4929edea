import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { toPlanWarnings } from '../../src/plan/plan-warnings.js';
import { orderPackage } from '../_fixtures/plans.js';

const lineOf = (source: string, text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;
const warningsOf = (source: string) =>
  toPlanWarnings(parsePlan(source, 'plan.yaml'), source, 'plan.yaml').map(
    (w) => `${w.line}:${w.column}: ${w.message}`,
  );
/** The fixture package with one more clause typed as text, and a partner that replaces the head and the deputy. */
const network = (clause: string) =>
  `${orderPackage.replace('    control: spiridonova\n', `      - ${clause}\n    control: spiridonova\n`)}variants:
  - folder: sspk
    organization: { name: Самарский социально-педагогический колледж, short_name: ГБПОУ «ССПК», head: aleykina }
    people:
      aleykina: { name: Козлова Ирина Николаевна, position: Директор }
      spiridonova: { name: Морозова Ольга Викторовна, position: Заместитель директора по учебно-методической работе }
    documents: { order-roadmap: { number: 245-о } }
`;

describe('a partner’s documents whose typed text names the base organisation', () => {
  it('is a warning at the text naming a person the partner replaces', () => {
    const source = network(
      '"Заместителю директора по учебно-методической работе Спиридоновой А.В.: подготовить отчёт"',
    );
    expect(warningsOf(source)).toEqual([
      `${lineOf(source, 'Спиридоновой А.В.')}:9: предупреждение: в документах организации «sspk» напечаталось бы имя «Спиридоновой А.В.» — человека из people плана, которого эта организация заменяет своим (spiridonova: Морозова О.В.); текст печатается одинаково у всех организаций. Назовите человека ключом (person: spiridonova) или напишите текст без имени; если весь документ — только базовой организации, дайте ему only_for: [gapou_chpk] или оставьте его без этой организации: leave_out: [order-roadmap] в её variants`,
    ]);
  });

  it('is a warning at the text naming the base organisation, in any quotes', () => {
    const source = network('Разместить приказ на сайте ГАПОУ «ЧПК»');
    expect(warningsOf(source)).toEqual([
      `${lineOf(source, 'на сайте')}:9: предупреждение: в документах организации «sspk» напечаталось бы наименование «ГАПОУ "ЧПК"» — базовой организации плана: текст печатается одинаково у всех организаций. Если речь не о базовой организации как партнёре сети, напишите текст без наименования («организации», «учреждения»); если весь документ — только базовой организации (её паспорт), дайте ему only_for: [gapou_chpk] или оставьте его без этой организации: leave_out: [order-roadmap] в её variants`,
    ]);
  });

  it('is no warning in a document the partner leaves out, and names the key that does so', () => {
    const source = `${network('Разместить приказ на сайте колледжа')}    leave_out: [regulation]
`.replace(
      'Настоящее Положение регулирует наставничество.',
      'Настоящее Положение регулирует наставничество в ГАПОУ «ЧПК».',
    );
    expect(warningsOf(source)).toEqual([]);
    const kept = source.replace('    leave_out: [regulation]\n', '');
    expect(warningsOf(kept)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${lineOf(kept, 'в ГАПОУ «ЧПК»')}:\\d+: .*оставьте его без этой организации: leave_out: \\[regulation\\] в её variants$`,
        ),
      ),
    ]);
  });

  it('is no warning in a document only the base organisation gets (only_for), and a warning in one the partner gets', () => {
    const regulation = network('Разместить приказ на сайте колледжа').replace(
      'Настоящее Положение регулирует наставничество.',
      'Настоящее Положение регулирует наставничество в ГАПОУ «ЧПК».',
    );
    const own = regulation.replace(
      '    id: regulation\n',
      '    id: regulation\n    only_for: [gapou_chpk]\n',
    );
    expect(warningsOf(own)).toEqual([]);
    const theirs = own.replace('only_for: [gapou_chpk]', 'only_for: [gapou_chpk, sspk]');
    expect(warningsOf(theirs)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${lineOf(theirs, 'в ГАПОУ «ЧПК»')}:\\d+: .*«sspk».*которым дан документ \\(only_for: \\[gapou_chpk, sspk\\]\\)\\. .*; если документ не для этой организации, уберите «sspk» из его only_for$`,
        ),
      ),
    ]);
  });

  it('advises by what the text is: person only in a clause, a partner’s own document its own person', () => {
    const note = (only: string, paragraph: string) =>
      network('Разместить приказ на сайте колледжа').replace(
        'variants:\n',
        `  - type: document\n    id: note\n${only}    title: Справка\n    body:\n      - paragraph: "${paragraph}"\nvariants:\n`,
      );
    const shared = note('', 'Руководитель группы: Спиридонова Анна Владимировна');
    expect(warningsOf(shared)).toEqual([
      `${lineOf(shared, 'Руководитель группы')}:20: предупреждение: в документах организации «sspk» напечаталось бы имя «Спиридонова Анна Владимировна» — человека из people плана, которого эта организация заменяет своим (spiridonova: Морозова О.В.); текст печатается одинаково у всех организаций. Напишите текст без имени; если весь документ — только базовой организации, дайте ему only_for: [gapou_chpk] или оставьте его без этой организации: leave_out: [note] в её variants`,
    ]);
    const theirs = note('    only_for: [sspk]\n', 'Руководитель группы: Спиридонова Анна Владимировна');
    expect(warningsOf(theirs)).toEqual([
      `${lineOf(theirs, 'Руководитель группы')}:20: предупреждение: в документах организации «sspk» напечаталось бы имя «Спиридонова Анна Владимировна» — человека из people плана, которого эта организация заменяет своим (spiridonova: Морозова О.В.); текст печатается одинаково у всех организаций, которым дан документ (only_for: [sspk]). Документ только этой организации: напишите в тексте её человека — Морозова О.В.`,
    ]);
    // The partners' own document may name the network's base organisation: it is not a copy of the base's text.
    expect(warningsOf(note('    only_for: [sspk]\n', 'Координатор сети — ГАПОУ «ЧПК»'))).toEqual([]);
  });

  it('is no warning for a person the network shares or a text without names', () => {
    expect(warningsOf(network('"Методисту Бушиной М.Б.: подготовить отчёт"'))).toEqual([]);
    expect(warningsOf(network('Разместить приказ на сайте колледжа'))).toEqual([]);
  });

  it('is no warning in a plan without variants', () => {
    const single = orderPackage.replace(
      '    control: spiridonova\n',
      '      - Разместить приказ на сайте ГАПОУ «ЧПК»\n    control: spiridonova\n',
    );
    expect(warningsOf(single)).toEqual([]);
  });
});
