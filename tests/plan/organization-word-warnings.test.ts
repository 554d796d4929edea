import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/errors.js';
import { generate } from '../../src/generate.js';
import { networkOnlyFor } from '../_fixtures/plans.js';
import { runCaptured } from '../_fixtures/run-captured.js';
import { useTempFolder } from '../_fixtures/temp.js';

const { fresh } = useTempFolder('organization-word-warnings');

/** 40 Latin letters: no hyphenation point, so it cannot break but between letters. */
const longWord = 'informationresourcesofinnovationprojects';
const surname = 'Константинопольскаяфонвестфален';

/**
 * The network of a kindergarten and two schools, with a shared document whose narrow column holds `longWord` (the
 * last document: the schools, without the kindergarten's passport, build it fourth of five), and school5's
 * coordinator, acquainted with the schools' order, under a surname too long for the acquaintance sheet.
 */
const plan = networkOnlyFor
  .replace(
    '        person: coordinator\n    control: self\nvariants:',
    `        person: coordinator\n    control: self\n    acquainted: [coordinator]
  - type: document
    title: План ресурсов
    body:
      - table:
          columns: [Ресурс, Описание]
          widths: [1, 9]
          rows:
            - [${longWord}, Раздел сайта]
variants:`,
  )
  .replace('coordinator: { name: Крылова Ольга', `coordinator: { name: ${surname} Ольга`);
const lineOf = (text: string) => plan.split('\n').findIndex((line) => line.includes(text)) + 1;

describe('word warnings of a network project (plan/organization-word-warnings.ts)', () => {
  const shared = `plan.yaml:${lineOf(`- [${longWord}`)}:16: предупреждение: слово «${longWord}» не помещается в столбец «Ресурс»`;
  const partner = `plan.yaml:${lineOf(surname)}:28: предупреждение (документы организации «school5»): слово «О.Н.\u00A0${surname}» (из имени coordinator в people) не помещается в столбец`;

  it('gramota check tells a shared document’s word once, and a partner’s own word naming the partner, at its people', async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, 'plan.yaml'), plan);
    const { code, err } = await runCaptured(cwd, ['check', 'plan.yaml']);
    expect(code).toBe(0);
    const lines = err.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.filter((line) => line.startsWith(shared))).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith(partner))).toHaveLength(1);
  });

  it('generate (build, the studio) tells the same', async () => {
    const told: Problem[] = [];
    await generate(plan, { file: 'plan.yaml', formats: ['docx'], warn: (w) => told.push(w) });
    const lines = told.map((w) => `${w.file}:${w.line}:${w.column}: ${w.message}`);
    expect(lines).toHaveLength(2);
    expect(lines.filter((line) => line.startsWith(shared))).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith(partner))).toHaveLength(1);
  });
});
