import { describe, expect, it } from 'vitest';
import { orderPackage } from '../_fixtures/plans.js';
import { problemsOf } from '../_fixtures/problems.js';
import { sspkReplacing } from '../_fixtures/sspk.js';

/** The fixture order package (acquainted: [spiridonova, bushina]) with variants appended. */
const withVariants = (variants: string) => `${orderPackage.trimEnd()}\nvariants:\n${variants}`;
const lineOf = (source: string, text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;

// SSPK replaces the head and the deputy (spiridonova); the methodist (bushina) is shared by the network.
const sspk = sspkReplacing;
/** NGTK has its own head only: the plan's deputy, whom SSPK replaces, would stay in its order. */
const ngtk = `  - folder: ngtk
    organization: { name: Новокуйбышевский гуманитарно-технологический колледж, short_name: ГБПОУ "НГТК", head: aleykina }
    people:
      aleykina: { name: Денисов Андрей Павлович, position: Директор }
    documents: { order-roadmap: { number: 87-од } }
`;
/** NGTK with a list of its own («ознакомлены») in its order's entry. */
const ngtkListing = (list: string) =>
  ngtk.replace('{ number: 87-од }', `{ number: 87-од, acquainted: [${list}] }`);
const message = (how: string) =>
  `приказ «order-roadmap» организации «ngtk» в списке «С приказом ознакомлены» называет сотрудника ГАПОУ "ЧПК" — spiridonova (Спиридонова Анна Владимировна): своего человека с таким ключом у этой организации нет, а с приказом организации знакомят только её работников. Задайте своего человека в people этой организации (если это тот же человек и он работает и в ней — повторите его там) или ${how}`;

describe('a partner’s order whose «ознакомлены» names the base organisation’s employee', () => {
  it('is an error at the partner, showing its own list without that employee', () => {
    const source = withVariants(sspk + ngtk);
    expect(problemsOf(source)).toEqual([
      `${lineOf(source, '- folder: ngtk')}:5: ${message('дайте ей свой список: acquainted: [bushina] в её documents: { order-roadmap: … } в variants')}`,
    ]);
  });

  it('shows a whole entry, with its number, to a partner that has none for the order', () => {
    const source = withVariants(sspk + ngtk.replace(/ {4}documents: .*\n/, ''));
    expect(problemsOf(source)).toEqual([
      expect.stringMatching(/^\d+:5: у организации «ngtk» нет своего номера приказа «order-roadmap»/),
      `${lineOf(source, '- folder: ngtk')}:5: ${message('дайте ей свой список: documents: { order-roadmap: { number: …, date: …, acquainted: [bushina] } } в её variants')}`,
    ]);
  });

  it('is an error at the partner’s own list when that list names the employee', () => {
    const source = withVariants(sspk + ngtkListing('bushina, spiridonova'));
    expect(problemsOf(source)).toEqual([
      `${lineOf(source, 'acquainted: [bushina, spiridonova]')}:62: ${message('уберите его из этого списка')}`,
    ]);
  });

  it.each([
    ['its own list without the employee', ngtkListing('bushina')],
    [
      'the same person repeated in its people',
      ngtk.replace(
        '    documents:',
        '      spiridonova: { name: Спиридонова Анна Владимировна, position: Заместитель директора }\n    documents:',
      ),
    ],
  ])('is no error when the partner has %s', (_, partner) => {
    // The partner's deputy still controls and is appointed by the order: a warning, not an error.
    expect(problemsOf(withVariants(sspk + partner))).toEqual([]);
  });

  it('is no error for a person no partner replaces: the network shares her', () => {
    expect(problemsOf(withVariants(sspk.replace(/ {6}spiridonova: .*\n/, '') + ngtk))).toEqual([]);
  });

  it('checks a person the partner’s own list names against the partner’s people, at that name', () => {
    const source = withVariants(sspk + ngtkListing('bushina, petrova'));
    expect(problemsOf(source)).toEqual([
      expect.stringMatching(
        new RegExp(`^${lineOf(source, 'petrova')}:72: нет человека с ключом «petrova» в people`),
      ),
    ]);
  });
});
