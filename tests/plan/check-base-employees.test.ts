import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { toPlanWarnings } from '../../src/plan/plan-warnings.js';
import { orderPackage } from '../_fixtures/plans.js';
import { runCaptured } from '../_fixtures/run-captured.js';
import { sspkReplacing } from '../_fixtures/sspk.js';
import { useTempFolder } from '../_fixtures/temp.js';

const { fresh } = useTempFolder('base-employees');

/** The fixture order package with variants appended (lines 1… as written here). */
const withVariants = (variants: string) => `${orderPackage.trimEnd()}\nvariants:\n${variants}`;
const lineOf = (source: string, text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;
const warningsOf = (source: string) =>
  toPlanWarnings(parsePlan(source, 'plan.yaml'), source, 'plan.yaml').map(
    (w) => `${w.line}:${w.column}: ${w.message}`,
  );

// Both partners replace the deputy (spiridonova) and the head; the methodist (bushina) is shared by the network.
const sspk = sspkReplacing;
const ngtk = `  - folder: ngtk
    organization: { name: Новокуйбышевский гуманитарно-технологический колледж, short_name: ГБПОУ "НГТК", head: aleykina }
    people:
      aleykina: { name: Денисов Андрей Павлович, position: Директор }
      spiridonova: { name: Лаптева Наталья Сергеевна, position: Заместитель директора }
    documents: { order-roadmap: { number: 87-од } }
`;

/** NGTK without its own deputy, who controls and is appointed by its order; its own «ознакомлены» list leaves her out. */
const ngtkWithoutDeputy = ngtk
  .replace(/ {6}spiridonova: .*\n/, '')
  .replace('{ number: 87-од }', '{ number: 87-од, acquainted: [bushina] }');

describe('a partner’s documents naming an employee of the plan’s own organisation', () => {
  it('is no warning when every partner has its own people and shares the rest', () => {
    expect(warningsOf(withVariants(sspk + ngtk))).toEqual([]);
  });

  it('is a warning at the partner that did not replace a person another partner replaces', () => {
    const source = withVariants(sspk + ngtkWithoutDeputy);
    expect(warningsOf(source)).toEqual([
      `${lineOf(source, '- folder: ngtk')}:5: предупреждение: документы организации «ngtk» называют spiridonova (Спиридонова Анна Владимировна) — сотрудника ГАПОУ "ЧПК", взятого из people плана: своего человека с ключом spiridonova у этой организации нет. Задайте его в people этой организации`,
    ]);
  });

  it('is a warning at the partner whose head is the head of the plan’s organisation', () => {
    const source = withVariants(sspk.replace(/ {6}aleykina: .*\n/, ''));
    expect(warningsOf(source)).toEqual([
      expect.stringMatching(/^\d+:5: предупреждение: документы организации «sspk» называют aleykina /),
    ]);
  });

  it('is no warning for a partner that does not get the documents naming the person (only_for)', () => {
    const limited = ['order-roadmap', 'roadmap', 'regulation'].reduce(
      (source, id) => source.replace(`    id: ${id}\n`, `    id: ${id}\n    only_for: [gapou_chpk, sspk]\n`),
      orderPackage,
    );
    const note = '  - type: document\n    title: Справка\n    body: [{ paragraph: Справка о проекте }]\n';
    // NGTK gets no order here: no number of its own either.
    const ngtkWithout = ngtk.replace(/ {6}spiridonova: .*\n/, '').replace(/ {4}documents: .*\n/, '');
    expect(warningsOf(`${limited}${note}variants:\n${sspk}${ngtkWithout}`)).toEqual([]);
    const shared = limited.replace('    only_for: [gapou_chpk, sspk]\n', '');
    // Getting the order, NGTK needs a list of its own without her (check-partner-acquainted.ts): the rest warns.
    expect(warningsOf(`${shared}${note}variants:\n${sspk}${ngtkWithoutDeputy}`)).toEqual([
      expect.stringMatching(/^\d+:5: предупреждение: документы организации «ngtk» называют spiridonova /),
    ]);
  });

  it('is no warning for a plan without variants', () => {
    expect(warningsOf(orderPackage)).toEqual([]);
  });

  it('gramota build shows the warning and still writes every organisation’s package', async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, 'plan.yaml'), withVariants(sspk + ngtkWithoutDeputy));
    const { code, err } = await runCaptured(cwd, ['build', 'plan.yaml', '--format', 'docx'], {
      SOURCE_DATE_EPOCH: '1601510400',
    });
    expect(code).toBe(0);
    expect(err).toMatch(
      /^plan\.yaml:\d+:5: предупреждение: документы организации «ngtk» называют spiridonova /,
    );
    expect(err.split('\n').filter((line) => line !== '')).toHaveLength(1);
    expect(readdirSync(join(cwd, 'output', 'plan'))).toEqual(expect.arrayContaining(['sspk', 'ngtk']));
  });
});
