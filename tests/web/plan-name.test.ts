import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toSafeName } from '../../src/output/file-name.js';
import { describePlan, toYamlName } from '../../src/web/plan-name.js';

const data = join(import.meta.dirname, '../../data');

describe('describePlan', () => {
  it('names a plan after its organisation’s short name and its project, which the worker makes a file name of', () => {
    const text = readFileSync(join(data, 'chita-mentoring-roadmap.yaml'), 'utf8');
    expect(describePlan(text)).toBe('ГАПОУ «ЧПК» Целевая программа наставничества');
    expect(toSafeName(describePlan(text)!)).toBe('GAPOU_ChPK_Tselevaya_programma_nastavnichestva');
  });

  it('takes the first document’s title without a project, and names nothing in a plan without either', () => {
    const plan = 'organization:\n  name: Школа\ndocuments:\n  - type: roadmap\n    title: Дорожная карта\n';
    expect(describePlan(plan)).toBe('Дорожная карта');
    expect(describePlan('organization:\n  name: Школа\n')).toBeUndefined();
    expect(describePlan('organization: [\n')).toBeUndefined(); // not YAML yet
  });
});

describe('toYamlName', () => {
  it('keeps a plan file’s own name and makes any other a .yaml one', () => {
    expect(toYamlName('C:\\Users\\metod\\план.yml')).toBe('план.yml');
    expect(toYamlName('stage-rows.docx')).toBe('stage-rows.yaml');
    expect(toYamlName('')).toBe('plan.yaml');
  });
});
