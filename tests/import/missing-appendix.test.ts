import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModels } from '../../src/generate.js';
import { importDocx } from '../../src/import/import-docx.js';
import { importDocxInto } from '../../src/import/merge-plan.js';
import { importText, text as messages } from '../../src/messages.js';
import { assemblePackage } from '../../src/package/assemble.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { toModelText } from './_model-text.js';

// Trial 8: her order № 245-о holds only its «Приложение 2» (a plan-graph); «Приложение 1», the regulation, is a
// Word file of its own with the mark «Приложение 1 к приказу ГБПОУ «ССПК» от 02.09.2026 № 245-о».
const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name));
const order = fixture('libreoffice-trial8-order.docx');
const regulation = fixture('libreoffice-trial8-regulation.docx');
const date = new Date(2026, 11, 7);
const textOf = (yaml: string, id: string) => {
  const plan = parsePlan(yaml, 'plan.yaml');
  const built = assemblePackage(plan, buildModels(plan, { createdAt: new Date('2026-12-07T00:00:00Z') }));
  return toModelText(built.find((d) => d.id === id)!.model);
};

describe('an order whose file holds «Приложение 2» but not «Приложение 1»', () => {
  it('keeps the numbers: a stand-in is appendix 1, the plan-graph appendix 2, both clauses approve:', () => {
    const imported = importDocx(order, 'order.docx', 'plan.yaml', { date });
    const { notes, problems } = imported;
    // The stand-in is an error while it stands: the package would print it as appendix 1.
    expect(problems.map((p) => p.message)).toEqual([messages.standInLeft(1)]);
    // She writes the appendix's text in (or adds its Word file, below): the plan builds.
    const yaml = imported.yaml.replace(importText.missingAppendixBody(1), 'Текст положения.');
    const plan = parsePlan(yaml, 'plan.yaml');
    expect(plan.documents.map((d) => [d.type, d.id])).toEqual([
      ['order', 'order-1'],
      ['roadmap', 'appendix-2'],
      ['document', 'appendix-1'],
    ]);
    expect(plan.documents[0]).toMatchObject({
      clauses: [{ approve: 'appendix-1' }, { approve: 'appendix-2' }, expect.any(String), expect.any(String)],
      appendices: ['appendix-1', 'appendix-2'],
    });
    expect(plan.documents[2]).toMatchObject({ title: 'Положение о проектной деятельности обучающихся' });
    expect(notes.map((n) => n.text)).toContainEqual(
      expect.stringContaining('в файле нет приложения 1: за приказом идёт «Приложение 2»'),
    );
    const text = textOf(yaml, 'order-1');
    expect(text).toContain('#.# Утвердить Положение о проектной деятельности обучающихся (приложение 1).');
    expect(text).toContain(
      '#.# Утвердить план-график защиты индивидуальных проектов на 2026/2027 учебный год (приложение 2).',
    );
  });
});

describe('importDocxInto: an appendix of an order the plan holds', () => {
  it('puts her regulation in the stand-in’s place: no orders entry, the plan builds with it as appendix 1', () => {
    const own = importDocx(order, 'order.docx', 'plan.yaml', { date }).yaml;
    const { yaml, notes, problems } = importDocxInto(regulation, 'reg.docx', own, 'plan.yaml', { date });
    expect(problems).toEqual([]);
    expect(yaml).not.toContain('orders:');
    expect(yaml).not.toContain('Приложения 1 в импортированном файле нет');
    const plan = parsePlan(yaml, 'plan.yaml');
    expect(plan.documents.map((d) => [d.type, d.id])).toEqual([
      ['order', 'order-1'],
      ['roadmap', 'appendix-2'],
      ['regulation', 'appendix-1'],
    ]);
    expect(plan.documents[0]).toMatchObject({ appendices: ['appendix-1', 'appendix-2'] });
    expect(plan.documents[2]).not.toHaveProperty('appendix_to');
    expect(notes.map((n) => n.text)).toContainEqual(
      expect.stringContaining('приложение 1 к приказу «order-1» из плана: встало на место заготовки'),
    );
    const text = textOf(yaml, 'appendix-1');
    expect(text.slice(0, 2)).toEqual([
      ' |  | УТВЕРЖДЕНО / приказом ГБПОУ «ССПК» / от 02.09.2026 № 245-о',
      'ПОЛОЖЕНИЕ о проектной деятельности обучающихся',
    ]);
  });

  it('adds it to appendices at its mark’s place in a plan the order was imported into before (no stand-in)', () => {
    // Her plan as the studio wrote it: the plan-graph the order's only appendix, the clauses plain text.
    const own = importDocx(order, 'order.docx', 'plan.yaml', { date })
      .yaml.replace(/\n {2}# импорт: в файле нет приложения 1[\s\S]*$/u, '\n')
      .replace(/ {6}# импорт: пункт «([^»]+)» записан[^\n]*\n {6}- approve: appendix-\d\n/gu, '      - $1\n')
      .replace('appendices: [appendix-1, appendix-2]', 'appendices: [appendix-2]');
    expect(parsePlan(own, 'plan.yaml').documents).toHaveLength(2);
    const { yaml, problems } = importDocxInto(regulation, 'reg.docx', own, 'plan.yaml', { date });
    expect(problems).toEqual([]);
    expect(yaml).toContain('    appendices: [regulation-1, appendix-2]\n');
    expect(yaml).not.toContain('orders:');
    expect(yaml).not.toContain('appendix_to');
  });

  it('writes «appendices:» under her order when the order is the plan’s last document', () => {
    // The order alone, without appendices: the line the merge adds to it ended where the documents end, and went in
    // after the regulation appended there — under the regulation, where check refused it.
    const lines = importDocx(order, 'order.docx', 'plan.yaml', { date })
      .yaml.replace(
        / {6}# импорт: пункт «([^»]+)» записан[^\n]*\n {6}- approve: appendix-\d\n/gu,
        '      - $1\n',
      )
      .replace(/ {4}appendices: .*\n/u, '')
      .split('\n');
    let end = lines.findIndex(
      (line, i) => i > lines.indexOf('  - type: order') && line.startsWith('  - type:'),
    );
    while (lines[end - 1]!.startsWith('  #')) end -= 1;
    const own = `${lines.slice(0, end).join('\n')}\n`;
    expect(parsePlan(own, 'plan.yaml').documents.map((d) => d.id)).toEqual(['order-1']);
    const { yaml, problems } = importDocxInto(regulation, 'reg.docx', own, 'plan.yaml', { date });
    expect(problems).toEqual([]);
    const plan = parsePlan(yaml, 'plan.yaml');
    expect(plan.documents.map((d) => [d.id, 'appendices' in d ? d.appendices : undefined])).toEqual([
      ['order-1', ['regulation-1']],
      ['regulation-1', undefined],
    ]);
  });
});
