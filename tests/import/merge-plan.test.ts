import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { buildModels } from '../../src/generate.js';
import { importDocx } from '../../src/import/import-docx.js';
import { importDocxInto, mergeImportedPlan } from '../../src/import/merge-plan.js';
import { importText } from '../../src/messages.js';
import { assemblePackage } from '../../src/package/assemble.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { toModelText } from './_model-text.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name));
const order = fixture('libreoffice-trial-order.docx');
const roadmap = fixture('libreoffice-trial-roadmap.docx');
const date = new Date(2026, 8, 17);

/** Her roadmap imported, then edited by hand: a comment of her own, a quoted value, people indented by four. */
function ownPlan(): string {
  const lines = importDocx(roadmap, 'roadmap.docx', 'plan.yaml', { date })
    .yaml.replace('people:\n', 'people:  # мои люди\n')
    .replace('name: Соколов И.Д.', 'name: "Соколов И.Д."')
    .split('\n');
  const [from, to] = [lines.indexOf('people:  # мои люди'), lines.indexOf('documents:')];
  return lines.map((line, i) => (i > from && i < to ? line.replace(/^ +/, (s) => s + s) : line)).join('\n');
}

/** The plan's own lines, in their order, once the lines the merge added are taken out. */
function removeAdded(merged: string, own: string): string {
  const ownLines = own.split('\n');
  let next = 0;
  return merged
    .split('\n')
    .filter((line) => {
      if (line !== ownLines[next]) return false;
      next += 1;
      return true;
    })
    .join('\n');
}

describe('importDocxInto: a Word document added to a plan', () => {
  it('merges her order into her roadmap plan: one plan that builds, the order approving its calendar plan', () => {
    const own = ownPlan();
    const { yaml, notes, problems } = importDocxInto(order, 'order.docx', own, 'plan.yaml', { date });
    expect(problems).toEqual([]);
    // Her text is all there, as written, in its order: the merge only added lines — but for the organization's
    // name, which her roadmap gave short and its import asked her to write in full: the order gives it.
    const named = (text: string) => text.replace(/^organization:\n(?: .*\n)*/mu, '');
    expect(removeAdded(named(yaml), named(own))).toBe(named(own));
    expect(yaml).toContain('people:  # мои люди');
    const plan = parsePlan(yaml, 'plan.yaml');
    expect(Object.keys(plan.people ?? {})).toEqual(['volkov', 'lebedeva', 'kuznetsova', 'sokolov']);
    // The positions her order gives, added to her people who had none.
    expect(plan.people?.kuznetsova).toMatchObject({
      name: 'Кузнецова М.И.',
      position: 'Заместитель директора по научно-методической работе',
    });
    expect(plan.documents.map((d) => [d.type, d.id])).toEqual([
      ['roadmap', 'roadmap-1'],
      ['order', 'order-1'],
      ['roadmap', 'appendix-1'],
    ]);
    expect(plan.documents[1]).toMatchObject({
      clauses: [{ approve: 'appendix-1' }, expect.any(String), expect.any(String), expect.any(Object)],
      signer: 'volkov',
      acquainted: ['kuznetsova', 'lebedeva'],
      appendices: ['appendix-1'],
    });
    // Her organization, by the full name the order gives it.
    expect(plan.organization).toEqual({
      name: 'Областное государственное бюджетное профессиональное образовательное учреждение «Ярославский колледж сервиса и дизайна»',
      short_name: 'ОГБПОУ ЯКСиД',
      city: 'Ярославль',
    });
    expect(notes.map((n) => n.text)).toContainEqual(
      importText.organizationFilled('order.docx', true, 'ОГБПОУ ЯКСиД'),
    );
    expect(notes.map((n) => n.text).join('\n')).not.toContain('план сохранил свою');
    for (const note of notes) expect(yaml.split('\n')[note.line - 1]!.trim()).toBe(`# импорт: ${note.text}`);
    expect(yaml).toContain('  # Импорт из Word: order.docx, 17.09.2026.');
    const built = assemblePackage(plan, buildModels(plan, { createdAt: new Date('2026-09-17T00:00:00Z') }));
    const orderText = toModelText(built.find((d) => d.id === 'order-1')!.model);
    expect(orderText).toContain(
      '#.# Утвердить календарный план реализации инновационного проекта «Цифровой наставник» на 2026–2027 годы (приложение).',
    );
    expect(orderText).toContain(' |  | УТВЕРЖДЕН / приказом ОГБПОУ ЯКСиД / от 10.09.2026 № 215-о');
  });

  it('gives the documents new ids when the plan has theirs, and their references follow', () => {
    // Last year's order of the same kind, already in the plan (another number: two orders never share one).
    const own = importDocx(order, 'order.docx', 'plan.yaml', { date }).yaml.replace(
      'number: 215-о',
      'number: 198-о',
    );
    const plan = parsePlan(importDocxInto(order, 'order.docx', own, 'plan.yaml', { date }).yaml, 'plan.yaml');
    expect(plan.documents.map((d) => d.id)).toEqual(['order-1', 'appendix-1', 'order-2', 'appendix-2']);
    expect(plan.documents[2]).toMatchObject({ appendices: ['appendix-2'] });
    expect((plan.documents[2] as { clauses: unknown[] }).clauses[0]).toMatchObject({ approve: 'appendix-2' });
    expect(Object.keys(plan.people ?? {})).toEqual(['volkov', 'kuznetsova', 'lebedeva']);
  });

  it('refuses a plan it cannot read, naming the line', () => {
    const broken = 'organization:\n  name: "Школа\ndocuments:\n  - type: roadmap\n';
    expect(() => importDocxInto(order, 'order.docx', broken, 'plan.yaml')).toThrow(UserError);
    try {
      importDocxInto(order, 'order.docx', broken, 'plan.yaml');
    } catch (e) {
      expect((e as UserError).problems[0]).toMatchObject({ code: 'yaml-syntax', file: 'plan.yaml' });
      expect((e as UserError).problems[0]!.message).toContain('в плане ошибка YAML');
    }
  });
});

describe('mergeImportedPlan: positions the file gives the plan’s people', () => {
  it('writes the position under its own person when that person is the last in people and others join after', () => {
    // Trial 10: her roadmap's last person, Иванова, has no position; her order names her «Методисту Ивановой О.В.»
    // and brings Лебедев, who is new. The position went in after Лебедев's entry, so he became the methodist.
    const own = [
      'organization:',
      '  name: ГБПОУ «СПК»',
      'people:',
      '  gromov:',
      '    name: А.Н. Громов',
      '    position: Директор',
      '  ivanova:',
      '    name: Иванова О.В.',
      'documents:',
      '  - type: document',
      '    id: document-1',
      '    title: Справка',
      '    body:',
      '      - paragraph: Текст справки.',
      '',
    ].join('\n');
    const imported = {
      plan: {
        organization: { name: 'ГБПОУ «СПК»' },
        people: {
          ivanova: { name: 'Иванова О.В.', position: 'Методист' },
          lebedev: { name: 'Лебедев А.С.' },
        },
        documents: [{ type: 'document', id: 'document-1', title: 'Список', body: [{ paragraph: 'Текст.' }] }],
      },
      notes: [],
    };
    const { yaml } = mergeImportedPlan(own, imported, { file: 'order.docx', planFile: 'plan.yaml', date });
    const plan = parsePlan(yaml, 'plan.yaml');
    expect(plan.people).toEqual({
      gromov: { name: 'А.Н. Громов', position: 'Директор' },
      ivanova: { name: 'Иванова О.В.', position: 'Методист' },
      lebedev: { name: 'Лебедев А.С.' },
    });
  });
});
