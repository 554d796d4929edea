import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { settleBuild } from '../../src/studio/build-result.js';

const root = resolve(import.meta.dirname, '../..');

describe('a build as the studio receives it', () => {
  it('tells a network partner’s files apart by its folder, with only the documents it gets', async () => {
    const source = readFileSync(join(root, 'tests', 'golden', 'network-leave-out', 'plan.yaml'), 'utf8');
    const result = await settleBuild(1, 'plan', () => generate(source, { formats: ['pdf'], draft: true }));
    if (result.kind !== 'built') throw new Error(result.kind);
    expect(result.files.map((f) => [f.id, f.organization])).toEqual([
      ['network-order', undefined],
      ['network-roadmap', undefined],
      ['passport', undefined],
      ['regulation', undefined],
      ['package', undefined],
      ['school91/network-order', 'school91'],
      ['school91/network-roadmap', 'school91'],
      ['school91/regulation', 'school91'],
      ['school91/package', 'school91'],
    ]);
    expect(result.files.map((f) => f.fileName)).toContain('school91/Paket_dokumentov');
  });
});
