import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importText, text } from '../../src/messages.js';
import { runCaptured } from '../_fixtures/run-captured.js';

const dir = mkdtempSync(join(tmpdir(), 'gramota-import-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
copyFileSync(join(import.meta.dirname, '../import/fixtures/stage-rows.docx'), join(dir, 'karta.docx'));

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
    expect(checked).toEqual({ code: 0, out: '', err: `${text.checked('plan.yaml', 1)}\n` });
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
