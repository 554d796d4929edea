import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { importText, text } from '../../src/messages.js';
import { runCaptured } from '../_fixtures/run-captured.js';

const dir = mkdtempSync(join(tmpdir(), 'gramota-import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
copyFileSync(join(import.meta.dirname, '../import/fixtures/stage-rows.docx'), join(dir, 'karta.docx'));
copyFileSync(
  join(import.meta.dirname, '../import/fixtures/libreoffice-trial-order.docx'),
  join(dir, 'prikaz.docx'),
);

const gramota = (...argv: string[]) => runCaptured(dir, argv);

describe('gramota import', () => {
  it('writes the plan with -o and lists each «# импорт:» comment with its line on stderr', async () => {
    const { code, out, err } = await gramota('import', 'karta.docx', '-o', 'plan.yaml');
    expect([code, out]).toEqual([0, '']);
    const plan = readFileSync(join(dir, 'plan.yaml'), 'utf8');
    const lines = plan.split('\n');
    const listed = err.trim().split('\n');
    expect(listed.slice(0, 2)).toEqual([
      importText.written('plan.yaml'),
      importText.summaryHeader('plan.yaml'),
    ]);
    expect(listed.length).toBeGreaterThan(2);
    for (const entry of listed.slice(2)) {
      const [, line, note] = /^ {2}plan\.yaml:(\d+): (.+)$/.exec(entry) ?? [];
      expect(lines[Number(line) - 1]?.trim()).toBe(`# импорт: ${note}`);
    }
    expect(listed).toContain(importText.summaryLine('plan.yaml:4', importText.organizationUnknown).trimEnd());
  });

  it('prints the plan on stdout without -o, and the plan checks clean', async () => {
    const { code, out } = await gramota('import', 'karta.docx');
    expect(code).toBe(0);
    expect(out).toBe(readFileSync(join(dir, 'plan.yaml'), 'utf8'));
    const checked = await gramota('check', 'plan.yaml');
    expect(checked).toEqual({ code: 0, out: `${text.checked('plan.yaml', 1)}\n`, err: '' });
  });

  it('adds the document to a plan with --into, keeping the plan’s own lines, and the plan checks clean', async () => {
    await gramota('import', 'karta.docx', '-o', 'into.yaml');
    const own = `# мой план\n${readFileSync(join(dir, 'into.yaml'), 'utf8')}`;
    writeFileSync(join(dir, 'into.yaml'), own);
    const { code, out, err } = await gramota('import', 'prikaz.docx', '--into', 'into.yaml');
    expect([code, out]).toEqual([0, '']);
    expect(err.split('\n')[0]).toBe(importText.merged('into.yaml'));
    const merged = readFileSync(join(dir, 'into.yaml'), 'utf8');
    // Her lines stay; the organization she was asked to write in is the order's, with a note.
    expect(merged.startsWith('# мой план\n')).toBe(true);
    expect(merged).toContain(own.slice(own.indexOf('people:'), own.indexOf('documents:')));
    expect(merged).toContain(
      '  name: Областное государственное бюджетное профессиональное образовательное учреждение «Ярославский колледж сервиса и дизайна»\n',
    );
    expect(merged).not.toContain(importText.organizationUnknown);
    expect(merged).toContain('  - type: order\n');
    const checked = await gramota('check', 'into.yaml');
    expect(checked).toEqual({ code: 0, out: `${text.checked('into.yaml', 3)}\n`, err: '' });
    expect((await gramota('import', 'prikaz.docx', '--into', 'into.yaml', '-o', 'x.yaml')).code).toBe(2);
  });

  it('writes a plan the check refuses, and says where, when the document has a character the font lacks', async () => {
    const cell = (t: string) => `<w:tc><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
    const row = (...cells: string[]) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;
    const body = `<w:p><w:r><w:t>План</w:t></w:r></w:p><w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>${row('№', 'Мероприятие')}${row('1.', 'Праздник 🎉')}</w:tbl>`;
    const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
    writeFileSync(join(dir, 'emoji.docx'), zipSync({ 'word/document.xml': strToU8(xml) }));
    const { code, err } = await gramota('import', 'emoji.docx', '-o', 'emoji.yaml');
    const plan = readFileSync(join(dir, 'emoji.yaml'), 'utf8').split('\n');
    const at = plan.findIndex((l) => l.includes('🎉'));
    expect(code).toBe(0);
    expect(err).toContain(`${importText.planProblems}\n  emoji.yaml:${at + 1}:`);
    expect(err).toContain(text.glyphMissing('🎉', 'U+1F389'));
  });

  it('reports a missing file, no file, and two files as a user would see them', async () => {
    expect(await gramota('import', 'нет.docx')).toEqual({
      code: 1,
      out: '',
      err: `${text.fileNotFound('нет.docx')}\n`,
    });
    expect((await gramota('import')).err).toBe(`gramota: ${importText.usageNoFile}\n`);
    expect((await gramota('import', 'a.docx', 'b.docx')).code).toBe(2);
  });
});
