import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { minimalRoadmap } from '../_fixtures/plans.js';
import { useTempFolder } from '../_fixtures/temp.js';

const root = resolve(import.meta.dirname, '../..');

/** Runs the CLI in a fresh folder and collects what it printed. */
async function runIn(cwd: string, ...argv: string[]) {
  return runWith({ SOURCE_DATE_EPOCH: '1601510400' }, cwd, ...argv);
}

async function runWith(env: Record<string, string>, cwd: string, ...argv: string[]) {
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
    env,
  });
  return { code, stdout, stderr };
}

const { fresh } = useTempFolder('cli');

describe('gramota CLI', () => {
  it('builds DOCX and PDF into output/<plan>/<transliterated title>', async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, 'nastavnichestvo.yaml'), minimalRoadmap);
    const { code, stdout, stderr } = await runIn(cwd, 'build', 'nastavnichestvo.yaml');
    expect(code).toBe(0);
    expect(readdirSync(join(cwd, 'output', 'nastavnichestvo')).sort()).toEqual([
      '.gramota-files',
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
    expect(readdirSync(join(cwd, 'res', 'plan')).sort()).toEqual([
      '.gramota-files',
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

  it("check counts a network project's documents as build does: every organisation's", async () => {
    const cwd = fresh();
    copyFileSync(join(import.meta.dirname, '../../data/samara-network-order.yaml'), join(cwd, 'plan.yaml'));
    const checked = await runIn(cwd, 'check', 'plan.yaml');
    const built = await runIn(cwd, 'build', 'plan.yaml', '--format', 'docx');
    expect(checked.stdout).toBe('plan.yaml: ошибок нет, документов — 6\n');
    expect(built.stdout.split('\n')[0]).toBe('plan.yaml: готово документов — 6');
  });

  it('check validates without writing', async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, 'plan.yaml'), minimalRoadmap);
    const { code, stdout, stderr } = await runIn(cwd, 'check', 'plan.yaml');
    expect([code, stdout, stderr]).toEqual([0, 'plan.yaml: ошибок нет, документов — 1\n', '']);
    expect(existsSync(join(cwd, 'output'))).toBe(false);
  });

  it('refuses a SOURCE_DATE_EPOCH that is not a time the files can hold, instead of a stack trace or silence', async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, 'plan.yaml'), minimalRoadmap);
    for (const epoch of ['-1', 'вчера', '1.5', '4102444800', '9'.repeat(400)]) {
      const { code, stderr } = await runWith({ SOURCE_DATE_EPOCH: epoch }, cwd, 'build', 'plan.yaml');
      expect(code, epoch).toBe(2);
      expect(stderr).toMatch(
        /^gramota: SOURCE_DATE_EPOCH — дата создания в секундах с 1970 года, целое число до 4102444800 \(2100 год\), а указано «.{1,41}»\n$/,
      );
    }
    expect(existsSync(join(cwd, 'output'))).toBe(false);
  });

  it('refuses plans that would write into the same folder, before building anything', async () => {
    const cwd = fresh();
    for (const dir of ['a', 'b']) {
      mkdirSync(join(cwd, dir));
      writeFileSync(join(cwd, dir, 'plan.yaml'), minimalRoadmap);
    }
    writeFileSync(join(cwd, 'a', 'Plan.yml'), minimalRoadmap);
    const { code, stderr } = await runIn(cwd, 'build', 'a/plan.yaml', 'b/plan.yaml');
    expect([code, stderr]).toEqual([
      2,
      'gramota: планы a/plan.yaml и b/plan.yaml записали бы документы в одну папку output/plan; переименуйте один из файлов или соберите их по отдельности с разными --out\n',
    ]);
    expect((await runIn(cwd, 'build', 'a')).stderr).toMatch(
      /^gramota: планы a\/Plan\.yml и a\/plan\.yaml записали бы/,
    );
    expect(existsSync(join(cwd, 'output'))).toBe(false);
  });

  it('check runs every stage but rendering: a user template that fails the build fails the check', async () => {
    const cwd = fresh();
    mkdirSync(join(cwd, 'own'));
    writeFileSync(
      join(cwd, 'own', 'roadmap.hbs'),
      '<document title="x"><section>\n<p>{{nazvanie}}</p></section></document>',
    );
    writeFileSync(
      join(cwd, 'plan.yaml'),
      minimalRoadmap.replace('documents:', 'settings: { templates: own }\ndocuments:'),
    );
    const { code, stderr } = await runIn(cwd, 'check', 'plan.yaml');
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^own\/roadmap\.hbs:2:6: ошибка в шаблоне: поля «nazvanie» нет в данных документа/,
    );
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
