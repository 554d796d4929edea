import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildModels, generate } from '../../src/generate.js';
import type { Block, Cell } from '../../src/model/schema.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { keepQuotedNamesWhole } from '../../src/render/requisite-lines.js';
import { makeDocument, makeSection, para } from './pdf/fixtures.js';

const plan = (shortName: string) => `
organization:
  name: Государственное автономное профессиональное образовательное учреждение Новосибирской области «Новосибирский педагогический колледж № 1 имени А.С. Макаренко»
  short_name: ${shortName}
  head: makarova
people:
  makarova: { name: Макарова Людмила Ёсифовна, position: Директор }
documents:
  - type: document
    title: Программа развития колледжа
    approval: { date: 30.08.2025 }
    agreement: { word: СОГЛАСОВАНО, council: Совета колледжа, protocol: { date: 28.08.2025, number: 5 } }
    body:
      - paragraph: Текст.
`;

/** The lines of each stamp paragraph of the head table's cells, as the model breaks them. */
function stampLinesOf(shortName: string): string[][] {
  const [built] = buildModels(parsePlan(plan(shortName), 'plan.yaml'));
  const head = built!.model.sections[0]!.children.find((b) => b.type === 'table')!;
  if (head.type !== 'table') throw new Error(head.type);
  return head.rows[0]!.cells.flatMap((cell) => cell.children.map(linesOf));
}

function linesOf(block: Block): string[] {
  if (block.type !== 'paragraph') return [];
  return block.children
    .map((inline) => (inline.type === 'text' ? inline.value : '\n'))
    .join('')
    .replaceAll('\u00a0', ' ')
    .split('\n');
}

describe('the requisites of the head', () => {
  it('keep a quoted short name whole on its line, in the approval and in the agreement, as a clerk breaks them', () => {
    const lines = stampLinesOf('ГАПОУ НСО «НПК № 1 им. А.С. Макаренко»');
    expect(lines).toContainEqual(['Директор ГАПОУ НСО', '«НПК № 1 им. А.С. Макаренко»']);
    expect(lines).toContainEqual([
      'на заседании Совета колледжа',
      'ГАПОУ НСО',
      '«НПК № 1 им. А.С. Макаренко»',
    ]);
  });

  it('leave a line that fits, or breaks outside quotes by itself, as it is', () => {
    const lines = stampLinesOf('ГБПОУ «ЧХТТ»');
    expect(lines).toContainEqual(['Директор ГБПОУ «ЧХТТ»']);
    expect(lines.flat().join(' ')).not.toContain('\n');
  });

  const cellOf = (text: string): Cell => ({ children: [para(text, 'stamp')] });
  const tableOf = (text: string): Block => ({
    type: 'table',
    borders: 'none',
    widths: [{ mm: 75 }, { fr: 1 }, { mm: 75 }],
    rows: [{ cells: [cellOf(''), cellOf(''), cellOf(text)] }],
  });
  const keepWhole = (table: Block) =>
    keepQuotedNamesWhole(makeDocument([makeSection([table])])).sections[0]!.children[0]!;

  it('break a quoted name too long for a line fewer times, in as many lines as it wraps', () => {
    // As it wraps: «Директор МБОУ «Средняя / общеобразовательная школа / № 12»» — two breaks inside the quotes.
    const done = keepWhole(tableOf('Директор МБОУ «Средняя общеобразовательная школа № 12»'));
    if (done.type !== 'table') throw new Error(done.type);
    expect(linesOf(done.rows[0]!.cells[2]!.children[0]!)).toEqual([
      'Директор МБОУ',
      '«Средняя общеобразовательная',
      'школа № 12»',
    ]);
  });

  it('sets the lines as they wrap, in the model, when no way in as many lines breaks fewer times inside quotes', () => {
    // In the model, so that a line which only just fits is wrapped alike by Word, LibreOffice and the PDF.
    const done = keepWhole(tableOf('Директор ГБПОУ «Чапаевский химико-технологический техникум»'));
    if (done.type !== 'table') throw new Error(done.type);
    expect(linesOf(done.rows[0]!.cells[2]!.children[0]!)).toEqual([
      'Директор ГБПОУ «Чапаевский',
      'химико-технологический',
      'техникум»',
    ]);
  });

  it('breaks a signature line before the name rather than at the hyphen of a double surname', () => {
    const done = keepWhole(tableOf('____________ А.Б.\u00a0Иванова-Шевчукова'));
    if (done.type !== 'table') throw new Error(done.type);
    expect(linesOf(done.rows[0]!.cells[2]!.children[0]!)).toEqual(['____________', 'А.Б. Иванова-Шевчукова']);
  });

  it('leaves no short word alone on a line when the same lines can hold it with another', () => {
    const done = keepWhole(tableOf('к приказу Министерства образования и науки Псковской области'));
    if (done.type !== 'table') throw new Error(done.type);
    const lines = linesOf(done.rows[0]!.cells[2]!.children[0]!);
    expect(lines.at(-1)).toBe('Псковской области');
    expect(lines.join(' ')).toBe('к приказу Министерства образования и науки Псковской области');
  });

  it('take a line more rather than leave a short word alone, when the lines as they wrap only just fit', () => {
    const done = keepWhole(tableOf('к распоряжению Министерства образования Московской области'));
    if (done.type !== 'table') throw new Error(done.type);
    // Short of the width by the slack it takes a line more than it wraps in; of the ways in three, none leaves
    // «области» alone.
    expect(linesOf(done.rows[0]!.cells[2]!.children[0]!).at(-1)).toBe('Московской области');
  });

  it('leaves no word alone on a line between the first and the last when a way in as many lines does not', () => {
    const done = keepWhole(tableOf('к заявке на присвоение статуса региональной инновационной площадки'));
    if (done.type !== 'table') throw new Error(done.type);
    // Fullest first, it would be «к заявке на присвоение статуса / региональной / инновационной площадки».
    expect(linesOf(done.rows[0]!.cells[2]!.children[0]!)).toEqual([
      'к заявке на присвоение',
      'статуса региональной',
      'инновационной площадки',
    ]);
  });
});

/** An acting head approves, a council's protocol dated in words: the stamps a trial found broken apart. */
const actingPlan = `
organization:
  name: Государственное автономное профессиональное образовательное учреждение «Оренбургский аграрный колледж имени В.А. Сопина» Оренбургской области
  short_name: ГАПОУ «ОАК им. В.А. Сопина»
  head: tarasov
people:
  tarasov: { name: Тарасов Виктор Геннадьевич, position: Исполняющий обязанности директора }
settings: { date_style: words }
documents:
  - type: document
    title: Календарный план
    approval: { date: 2025-09-05 }
    body: [{ paragraph: Текст. }]
  - type: regulation
    title: Правила внутреннего распорядка обучающихся
    approval: { council: Совета колледжа, protocol: { date: 2025-09-05, number: "2" } }
    sections: [{ title: Общие положения, clauses: [Текст.] }]
`;

/** The lines of each paragraph of the first table of a DOCX body, as Word reads them (w:br a line break). */
function docxLinesOf(xml: string): string[][] {
  const table = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
  return table
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => m[1] ?? '\n').join(''))
    .filter((p) => p !== '')
    .map((p) => p.replaceAll('\u00a0', ' ').split('\n'));
}

describe('the stamp lines a clerk keeps together', () => {
  it('keep «исполняющий обязанности» on one line and «№ 2» with the date of its protocol, in the model and the DOCX', async () => {
    const documents = await generate(actingPlan, { createdAt: new Date(0), formats: ['docx'] });
    const [plan, rules] = documents.map((d) =>
      docxLinesOf(strFromU8(unzipSync(d.docx!)['word/document.xml']!)),
    );
    expect(plan).toContainEqual(['Исполняющий обязанности', 'директора', 'ГАПОУ «ОАК им. В.А. Сопина»']);
    expect(rules).toContainEqual(['(протокол', 'от 5 сентября 2025 г. № 2)']);
    const [model] = buildModels(parsePlan(actingPlan, 'plan.yaml')).slice(1);
    const head = model!.model.sections[0]!.children.find((b) => b.type === 'table')!;
    if (head.type !== 'table') throw new Error(head.type);
    expect(head.rows[0]!.cells.flatMap((cell) => cell.children.map(linesOf))).toContainEqual([
      '(протокол',
      'от 5 сентября 2025 г. № 2)',
    ]);
  });
});
