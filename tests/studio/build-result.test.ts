import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { buildOnServer } from '../../src/studio/build-on-server.js';
import { settleBuild } from '../../src/studio/build-result.js';
import { networkOnlyFor } from '../_fixtures/plans.js';

const root = resolve(import.meta.dirname, '../..');

describe('a build as the studio receives it', () => {
  it('tells a network partner’s files apart by its folder, named by its short name, with only the documents it gets', async () => {
    const source = readFileSync(join(root, 'tests', 'golden', 'network-leave-out', 'plan.yaml'), 'utf8');
    const result = await settleBuild(1, 'plan', () => generate(source, { formats: ['pdf'], draft: true }));
    if (result.kind !== 'built') throw new Error(result.kind);
    expect(result.files.map((f) => [f.id, f.organization])).toEqual([
      ['network-order', undefined],
      ['network-roadmap', undefined],
      ['passport', undefined],
      ['regulation', undefined],
      ['package', undefined],
      ['school91/network-order', 'МБОУ «Школа № 91»'],
      ['school91/network-roadmap', 'МБОУ «Школа № 91»'],
      ['school91/regulation', 'МБОУ «Школа № 91»'],
      ['school91/package', 'МБОУ «Школа № 91»'],
    ]);
    expect(result.files.map((f) => f.fileName)).toContain('school91/Paket_dokumentov');
  });

  it('gives each organisation the tabs of the documents its only_for lets it have', async () => {
    const result = await settleBuild(1, 'plan', () =>
      generate(networkOnlyFor, { formats: ['pdf'], draft: true }),
    );
    if (result.kind !== 'built') throw new Error(result.kind);
    const tabs = (organization: string | undefined) =>
      result.files.filter((f) => f.organization === organization).map((f) => f.id);
    expect(tabs(undefined)).toEqual([
      'network-order',
      'network-roadmap',
      'passport',
      'regulation',
      'package',
    ]);
    expect(tabs('МБОУ «Школа № 5»')).toEqual([
      'school5/network-order',
      'school5/network-roadmap',
      'school5/regulation',
      'school5/joining-order',
      'school5/package',
    ]);
  });

  /** The order cites «приложению 3», and has two appendices (user trial 8: the studio showed «Ошибок нет»). */
  const appendixRemoved = join(root, 'tests', 'studio', 'fixtures', 'appendix-removed.yaml');
  const appendixWarning = {
    code: 'plan-warning',
    file: 'appendix-removed.yaml',
    line: 35,
    column: 15,
    message: 'предупреждение: в пункте «приложению 3», а у приказа приложений 2; проверьте номер',
  };

  it('carries the warnings `gramota build` prints, at their lines, with the files built', async () => {
    const source = readFileSync(appendixRemoved, 'utf8');
    const result = await settleBuild(1, 'plan', (warn) =>
      generate(source, { file: 'appendix-removed.yaml', formats: ['pdf'], draft: true, warn }),
    );
    if (result.kind !== 'built') throw new Error(result.kind);
    expect(result.warnings).toEqual([appendixWarning]);
    expect(result.files.length).toBeGreaterThan(0);
  });

  it('carries them from `gramota studio plan.yaml`’s build too, and none for a plan without any', async () => {
    const served = JSON.parse(
      await buildOnServer(readFileSync(appendixRemoved, 'utf8'), appendixRemoved, undefined),
    );
    expect(served.warnings).toEqual([appendixWarning]);
    const plain = join(root, 'tests', 'golden', 'network-leave-out', 'plan.yaml');
    const clean = await settleBuild(2, 'plan', (warn) =>
      generate(readFileSync(plain, 'utf8'), { formats: ['pdf'], draft: true, warn }),
    );
    expect(clean.kind === 'built' && clean.warnings).toEqual([]);
  });
});
