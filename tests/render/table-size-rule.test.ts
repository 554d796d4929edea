import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildModels } from '../../src/generate.js';
import { parseMarkup } from '../../src/markup/parse.js';
import type { Block, DocumentModel, Paragraph, Table } from '../../src/model/schema.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { fitTableSizes } from '../../src/render/table-size-rule.js';

/** A landscape roadmap with the given columns, two activities with texts of real length. */
function roadmap(columns: string): string {
  return `organization: { name: МБОУ «Школа № 1», short_name: МБОУ «Школа № 1» }
people:
  ivanova: { name: Иванова Мария Петровна, position: Заместитель директора }
documents:
  - type: roadmap
    title: Дорожная карта
    columns: ${columns}
    items:
      - activity: Разработка и утверждение нормативной базы инновационного проекта
        goal: Обеспечение нормативно-правовых условий реализации проекта
        result: Утвержденные локальные акты образовательной организации
        evidence: Приказ об утверждении положения о проектной группе
        report: Аналитическая справка
        responsible: ivanova
        term: 2026-09
      - activity: Повышение квалификации педагогов по программам наставничества
        goal: Профессиональное развитие педагогических работников
        result: Удостоверения о повышении квалификации
        evidence: Приказ о направлении на обучение
        report: Отчет
        responsible: ivanova
        term: { from: 2026-10, to: 2026-12 }
`;
}

/** Markup → model, which must parse. */
function parsed(markup: string): DocumentModel {
  const result = parseMarkup(markup, { createdAt: '2020-01-01T00:00:00Z' });
  if (!('model' in result)) throw new Error(JSON.stringify(result.problems));
  return result.model;
}

const modelOf = (yaml: string) => buildModels(parsePlan(yaml, 'plan.yaml'))[0]!.model;

function tableOf(model: DocumentModel): Table {
  const table = model.sections
    .flatMap((s) => s.children)
    .find((b) => b.type === 'table' && b.borders === 'grid');
  if (table?.type !== 'table') throw new Error('no grid table');
  return table;
}

function paragraphsOf(blocks: readonly Block[]): Paragraph[] {
  return blocks.flatMap((b) =>
    b.type === 'paragraph' ? [b] : b.type === 'list' ? b.items.flatMap((i) => paragraphsOf(i.children)) : [],
  );
}

const cellParagraphs = (table: Table) =>
  table.rows.flatMap((r) => r.cells.flatMap((c) => paragraphsOf(c.children)));

describe('table text size (render/table-size-rule.ts)', () => {
  it('steps a 9-column landscape roadmap down to 11 pt, head and text alike, in the model', () => {
    const table = tableOf(
      modelOf(
        roadmap(
          '[number, activity, goal, result, term, responsible, evidence, report, { key: x, title: Прочее }]',
        ),
      ),
    );
    expect(table.widths).toHaveLength(9);
    expect(table.sizePt).toBe(11);
    const sizes = new Set(cellParagraphs(table).map((p) => `${p.style} ${p.sizePt}`));
    expect(sizes).toEqual(new Set(['tableHead 11', 'tableText 11']));
  });

  it('leaves a 5-column roadmap at the styles’ 12 pt', () => {
    const table = tableOf(modelOf(roadmap('[number, activity, term, responsible, result]')));
    expect(table.sizePt).toBeUndefined();
    expect(cellParagraphs(table).every((p) => p.sizePt === undefined)).toBe(true);
  });

  it('writes the stepped-down text in Word as «Текст таблицы 11 пт», based on «Текст таблицы», 11 pt', async () => {
    const columns =
      '[number, activity, goal, result, term, responsible, evidence, report, { key: x, title: Прочее }]';
    const docx = await renderDocx(modelOf(roadmap(columns)));
    const files = unzipSync(docx);
    const document = strFromU8(files['word/document.xml']!);
    const styles = strFromU8(files['word/styles.xml']!);
    expect(document).toContain('<w:pStyle w:val="GramotaTableText11"/>');
    expect(document).not.toContain('<w:pStyle w:val="GramotaTableText"/>');
    const style = /<w:style [^>]*w:styleId="GramotaTableText11"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(style).toContain('<w:name w:val="Текст таблицы 11 пт"/>');
    expect(style).toContain('<w:basedOn w:val="GramotaTableText"/>');
    expect(style).toContain('<w:sz w:val="22"/>');
    // Sizes no paragraph uses are not left in the gallery.
    expect(styles).not.toContain('GramotaTableText10');
  });

  it('steps down to 10 pt when a word cannot fit its column at 11, and never below', () => {
    const long = 'informationresourcesofinnovationproject';
    const markup = `<document title="t"><section orientation="portrait">
<table borders="grid" widths="1fr 9fr"><row><cell><p>${long}</p></cell><cell><p>текст</p></cell></row></table>
</section></document>`;
    const table = tableOf(fitTableSizes(parsed(markup)));
    expect(table.sizePt).toBe(10);
    expect(cellParagraphs(table).map((p) => p.sizePt)).toEqual([10, 10]);
  });

  it('keeps the size a template states, however many columns', () => {
    const cells = Array.from({ length: 9 }, (_, i) => `<cell><p>столбец ${i}</p></cell>`).join('');
    const markup = (size: string) => `<document title="t"><section orientation="landscape">
<table borders="grid" widths="${Array(9).fill('auto').join(' ')}"${size}><row>${cells}</row></table>
</section></document>`;
    const stated = tableOf(fitTableSizes(parsed(markup(' size="12"'))));
    expect(stated.sizePt).toBe(12);
    expect(cellParagraphs(stated).every((p) => p.sizePt === undefined)).toBe(true);
    const fitted = tableOf(fitTableSizes(parsed(markup(''))));
    expect(fitted.sizePt).toBe(11);
  });
});
