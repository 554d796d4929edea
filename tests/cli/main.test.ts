import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { minimalRoadmap } from '../_fixtures/plans.js';

const root = resolve(import.meta.dirname, '../..');

/** Runs the CLI in a fresh folder and collects what it printed. */
async function runIn(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    cwd,
    env: { SOURCE_DATE_EPOCH: '1601510400' },
  });
  return { code, stdout, stderr };
}

const fresh = () => mkdtempSync(join(tmpdir(), 'gramota-cli-'));

describe('gramota CLI', () => {
  it('builds DOCX and PDF into output/<plan>/<transliterated title>', async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, 'nastavnichestvo.yaml'), minimalRoadmap);
    const { code, stdout, stderr } = await runIn(cwd, 'build', 'nastavnichestvo.yaml');
    expect(code).toBe(0);
    expect(readdirSync(join(cwd, 'output', 'nastavnichestvo')).sort()).toEqual([
      'Dorozhnaya_karta_realizatsii_tselevoi_programmi_nastavnichestva.docx',
      'Dorozhnaya_karta_realizatsii_tselevoi_programmi_nastavnichestva.pdf',
    ]);
    expect(stdout).toContain('nastavnichestvo.yaml: готово документов — 1'); // a report is no error
    expect(stderr).toBe('');
  });

  it('honours --out, --format and --only', async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, 'plan.yaml'), minimalRoadmap);
    expect(
      (
        await runIn(
          cwd,
          'build',
          'plan.yaml',
          '--out',
          'res',
          '--format',
          'docx',
          '--only',
          'mentoring-roadmap',
        )
      ).code,
    ).toBe(0);
    expect(readdirSync(join(cwd, 'res', 'plan'))).toEqual([
      'Dorozhnaya_karta_realizatsii_tselevoi_programmi_nastavnichestva.docx',
    ]);
    const missing = await runIn(cwd, 'build', 'plan.yaml', '--only', 'nope');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      'plan.yaml: в плане нет документа с id «nope» (--only); в плане есть: mentoring-roadmap\n',
    );
    const typo = await runIn(cwd, 'build', 'plan.yaml', '--only', 'mentoring-roadmp');
    expect(typo.stderr).toBe(
      'plan.yaml: в плане нет документа с id «mentoring-roadmp» (--only); в плане есть: mentoring-roadmap; возможно, имелось в виду «mentoring-roadmap»\n',
    );
  });

  it('--only on a folder names each plan that lacks the id, once', async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, 'a.yaml'), minimalRoadmap);
    writeFileSync(
      join(cwd, 'b.yaml'),
      minimalRoadmap.replace('id: mentoring-roadmap', 'id: adaptation-roadmap'),
    );
    const { code, stdout, stderr } = await runIn(cwd, 'build', '.', '--only', 'adaptation-roadmap');
    expect(code).toBe(1);
    expect(stderr).toBe(
      'a.yaml: в плане нет документа с id «adaptation-roadmap» (--only); в плане есть: mentoring-roadmap\n',
    );
    expect(stdout).toContain('b.yaml: готово документов — 1');
    rmSync(cwd, { recursive: true, force: true });
  });

  it('builds every plan of a folder', async () => {
    const cwd = fresh();
    cpSync(join(root, 'data'), join(cwd, 'data'), { recursive: true });
    const { code } = await runIn(cwd, 'build', 'data', '--format', 'docx');
    expect(code).toBe(0);
    const plans = readdirSync(join(cwd, 'data')).filter((f) => f.endsWith('.yaml')).length;
    expect(readdirSync(join(cwd, 'output'))).toHaveLength(plans);
  });

  it('exits 1 with every located problem in Russian and writes nothing', async () => {
    const cwd = fresh();
    writeFileSync(
      join(cwd, 'plan.yaml'),
      minimalRoadmap.replace('    columns:', '    colums:').replace('2020-10-12', '2021-02-30'),
    );
    const { code, stderr } = await runIn(cwd, 'build', 'plan.yaml');
    expect(code).toBe(1);
    expect(stderr).toBe(
      'plan.yaml:14:5: неизвестный ключ «colums»; возможно, имелось в виду «columns»\n' +
        'plan.yaml:17:24: даты «2021-02-30» нет в календаре\n',
    );
    expect(existsSync(join(cwd, 'output'))).toBe(false);
  });

  it('builds byte-identical files twice with SOURCE_DATE_EPOCH', { timeout: 30_000 }, async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, 'plan.yaml'), minimalRoadmap);
    await runIn(cwd, 'build', 'plan.yaml', '--out', 'a');
    await new Promise((r) => setTimeout(r, 2100));
    await runIn(cwd, 'build', 'plan.yaml', '--out', 'b');
    for (const name of readdirSync(join(cwd, 'a', 'plan'))) {
      expect(
        readFileSync(join(cwd, 'b', 'plan', name)).equals(readFileSync(join(cwd, 'a', 'plan', name))),
        name,
      ).toBe(true);
    }
  });

  it('check validates without writing', async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, 'plan.yaml'), minimalRoadmap);
    const { code, stdout, stderr } = await runIn(cwd, 'check', 'plan.yaml');
    expect([code, stdout, stderr]).toEqual([0, 'plan.yaml: ошибок нет, документов — 1\n', '']);
    expect(existsSync(join(cwd, 'output'))).toBe(false);
  });

  it('says so when the plan file does not exist', async () => {
    const { code, stderr } = await runIn(fresh(), 'build', 'nope.yaml');
    expect([code, stderr]).toEqual([1, 'файл не найден: nope.yaml\n']);
  });

  it('exits 2 on wrong usage', async () => {
    const cwd = fresh();
    expect(await runIn(cwd, 'bild')).toMatchObject({
      code: 2,
      stderr: 'gramota: неизвестная команда «bild» (см. gramota --help); возможно, имелось в виду «build»\n',
    });
    expect(await runIn(cwd, 'build', 'p.yaml', '--ony', 'x')).toMatchObject({
      code: 2,
      stderr:
        'gramota: неизвестный параметр «--ony» (см. gramota --help); возможно, имелось в виду «--only»\n',
    });
    expect(await runIn(cwd, 'build')).toMatchObject({ code: 2 });
    expect(await runIn(cwd, 'build', 'p.yaml', '--format', 'odt')).toMatchObject({ code: 2 });
    expect(await runIn(cwd, 'build', 'p.yaml', '--frmat', 'pdf')).toMatchObject({ code: 2 });
  });

  it('prints help, the version and the JSON Schema', async () => {
    const cwd = fresh();
    const help = (await runIn(cwd, '--help')).stdout;
    expect(help).toContain('gramota build <план.yaml|папка>');
    expect(help).toContain('GRAMOTA_JOBS=N');
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    expect((await runIn(cwd, '--version')).stdout).toBe(`${version}\n`);
    const schema = JSON.parse((await runIn(cwd, 'schema')).stdout);
    expect(schema.properties.documents.description).toBe('Документы пакета в порядке вывода');
  });
});
