import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildModels } from '../../../src/generate.js';
import type { DocumentModel, Inline, Table } from '../../../src/model/schema.js';
import { assemblePackage } from '../../../src/package/assemble.js';
import { parsePlan } from '../../../src/plan/parse-plan.js';
import { renderDocx, toDocx } from '../../../src/render/docx/index.js';
import type { RawRowStore } from '../../../src/render/docx/raw-rows.js';
import { goldenCases } from '../../_fixtures/golden-cases.js';
import { makeDocument, makeSection } from './fixtures.js';

const plans = goldenCases.map((c) => c.plan);

async function documentXmlOf(model: DocumentModel, fastRows: boolean): Promise<string> {
  const files = unzipSync(await renderDocx(model, { fastRows }), {
    filter: (f) => f.name === 'word/document.xml',
  });
  return strFromU8(files['word/document.xml']!);
}

const countRows = (xml: string) => xml.split('<w:tr>').length - 1;

/** The XML a model's docx tree stores on the fast path: each fast row, each fast paragraph. */
function storeFastXml(model: DocumentModel): string[] {
  const store: RawRowStore = { rows: [], rowStyles: new Set() };
  toDocx(model, store);
  return store.rows.flatMap((stored) =>
    typeof stored === 'string' ? [stored] : stored.map((row) => strFromU8(row)),
  );
}

/** How many rows a model's tables send down the fast path. */
function countFastRows(model: DocumentModel): number {
  return storeFastXml(model).reduce((n, xml) => n + countRows(xml), 0);
}

describe('fast table rows write what docx writes', () => {
  const files = plans.flatMap((plan) => {
    const parsed = parsePlan(readFileSync(plan, 'utf8'), basename(plan));
    const built = buildModels(parsed, { createdAt: new Date('2020-10-01T00:00:00Z') });
    return assemblePackage(parsed, built).map((f) => [`${basename(plan)} → ${f.id}`, f.model] as const);
  });

  it.each(files)('%s: the same word/document.xml on both paths', async (_, model) => {
    const fast = await documentXmlOf(model, true);
    const slow = await documentXmlOf(model, false);
    expect(fast).toBe(slow);
    expect(fast).not.toContain('gramota:rows');
  });

  it('covers merged cells, header rows, lists in cells, breakable rows and formatting', () => {
    const tables = files.flatMap(([, m]) =>
      m.sections.flatMap((s) => s.children.filter((b) => b.type === 'table')),
    );
    const cells = tables.flatMap((t) => t.rows.flatMap((r) => r.cells));
    expect(cells.some((c) => (c.rowSpan ?? 1) > 1)).toBe(true);
    expect(cells.some((c) => (c.colSpan ?? 1) > 1)).toBe(true);
    expect(cells.some((c) => c.children.some((b) => b.type === 'list'))).toBe(true);
    expect(tables.some((t) => t.rows.some((r) => r.header))).toBe(true);
    const all = tables.reduce((n, t) => n + t.rows.length, 0);
    const fast = files.reduce((n, [, m]) => n + countFastRows(m), 0);
    // Rows with lists in their cells stay on docx's path (Word numbering); most rows take the fast one.
    expect(fast).toBeGreaterThan(all / 2);
    expect(fast).toBeLessThan(all);
  });

  it('writes body paragraphs and numbered list items on the fast path too, each list in docx order', () => {
    const stored = files.flatMap(([, model]) => {
      return storeFastXml(model).filter((xml) => xml.startsWith('<w:p>'));
    });
    expect(stored.length).toBeGreaterThan(100);
    const numbered = stored.filter((xml) => xml.includes('<w:numPr>'));
    expect(numbered.length).toBeGreaterThan(20);
    // The list id stays docx's placeholder until the document is written (spliceRawRows).
    expect(numbered.every((xml) => /<w:numId w:val="\{[^}]+\}"\/>/.test(xml))).toBe(true);
  });
});

const run = (value: string, marks: Partial<Record<'bold' | 'italic' | 'underline', true>> = {}): Inline => ({
  type: 'text',
  value,
  ...marks,
});

/** A table with what only a hand-made model has: formatting, line breaks, tabs, characters XML must escape. */
function makeTrickyTable(): Table {
  const cell = (children: Inline[], extra = {}) => ({
    ...extra,
    children: [{ type: 'paragraph' as const, style: 'tableText' as const, children }],
  });
  return {
    type: 'table',
    borders: 'grid',
    widths: [{ mm: 30 }, { fr: 1 }, { fr: 2 }],
    rows: [
      { header: true, cells: [cell([run('№')]), cell([run('Что')]), cell([run('Итог')])] },
      {
        keepNext: true,
        cells: [
          cell([run('1', { bold: true })], { rowSpan: 2, valign: 'center' }),
          cell([
            run('a & b < c > d "e" \'f\'', { italic: true }),
            { type: 'lineBreak' },
            run('{{x}} ]]> <w:p/>'),
          ]),
          cell([run('подчёркнуто', { underline: true }), { type: 'tab' }, run('\u0007ctl')], {
            align: 'right',
          }),
        ],
      },
      { cells: [cell([]), { children: [] }] },
      { cells: [cell([run('всё')], { colSpan: 3, align: 'justify' })] },
    ],
  };
}

describe('fast table rows on a hand-made table', () => {
  it('writes the same XML as docx and takes the fast path', async () => {
    const model = makeDocument([makeSection([makeTrickyTable()])]);
    const fast = await documentXmlOf(model, true);
    expect(fast).toBe(await documentXmlOf(model, false));
    expect(countRows(fast)).toBe(4);
    expect(countFastRows(model)).toBe(4);
    expect(fast).toContain('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
    expect(fast).toContain('{{x}} ]]&gt; &lt;w:p/&gt;');
  });
});
