import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

describe("import { generate } from 'gramota'", () => {
  // tsc and a Node process: tens of seconds on a loaded machine, so a bound that only a hang exceeds.
  it('works from the built package (npm ci builds dist/)', { timeout: 300_000 }, () => {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'ignore' });
    const script = `
      import { generate, UserError } from 'gramota';
      import { readFileSync } from 'node:fs';
      const docs = await generate(readFileSync('data/chita-mentoring-roadmap.yaml', 'utf8'), { formats: ['docx'] });
      let error = '';
      try { await generate('documents: []'); } catch (e) { error = e instanceof UserError ? e.message : 'other'; }
      console.log(JSON.stringify({ files: docs.map((d) => d.fileName), docx: docs[0].docx.length > 1000, error }));
    `;
    const out = JSON.parse(
      execFileSync('node', ['--input-type=module', '-e', script], { cwd: root }).toString(),
    );
    expect(out).toEqual({
      files: ['Dorozhnaya_karta_realizatsii_tselevoi_programmi_nastavnichestva'],
      docx: true,
      error:
        'plan.yaml:1:1: не заполнено обязательное поле «organization»\nplan.yaml:1:12: в плане нет документов: добавьте их списком documents (- type: roadmap, …)',
    });
  });
});
