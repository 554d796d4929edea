import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { settleBuild } from '../../src/studio/build-result.js';
import { readPlanTabs } from '../../src/web/plan-tabs.js';
import { networkOnlyFor } from '../_fixtures/plans.js';

const root = join(import.meta.dirname, '../..');

describe('readPlanTabs', () => {
  it('gives the tabs the build gives: the same ids, titles and kinds, in the same order', async () => {
    const source = readFileSync(join(root, 'data', 'chita-mentoring-package.yaml'), 'utf8');
    const built = await generate(source, { formats: ['pdf'], draft: true });
    expect(readPlanTabs(source)).toEqual(built.map(({ id, title, kind }) => ({ id, title, kind })));
  });

  it('gives a network project’s own tabs the build gives: none of a document its only_for gives others', async () => {
    const built = await generate(networkOnlyFor, { formats: ['pdf'], draft: true });
    const own = built
      .filter((f) => f.folder === built[0]!.folder)
      .map(({ id, title, kind }) => ({ id, title, kind }));
    expect(own.map((tab) => tab.id)).not.toContain('joining-order');
    expect(readPlanTabs(networkOnlyFor).filter((tab) => tab.organization === undefined)).toEqual(own);
  });

  it('gives a network project’s partners’ tabs the studio shows after a build, read from the text alone', async () => {
    for (const source of [
      networkOnlyFor,
      readFileSync(join(root, 'tests', 'golden', 'network-leave-out', 'plan.yaml'), 'utf8'),
    ]) {
      const built = await settleBuild(1, 'plan', () => generate(source, { formats: ['pdf'], draft: true }));
      if (built.kind !== 'built') throw new Error(built.kind);
      const tabs = built.files.map(({ id, title, kind, organization }) => ({
        id,
        title,
        kind,
        ...(organization === undefined ? {} : { organization }),
      }));
      expect(tabs.some((tab) => tab.organization !== undefined)).toBe(true);
      expect(readPlanTabs(source)).toEqual(tabs);
    }
  });

  it('reads the documents of a plan with a mistake in its YAML, naming those without an id as the build does', () => {
    const plan = [
      'project:',
      '  title: Проект',
      '    colums: [number]', // a wrong indent: the YAML does not parse whole
      'documents:',
      '  - type: roadmap',
      '    title: Дорожная карта',
      '  - type: order',
      '    id: my-order',
      '  - title: без типа',
      '  - type: roadmap',
      '    title: Вторая карта',
    ].join('\n');
    expect(readPlanTabs(plan)).toEqual([
      { id: 'roadmap-1', title: 'Дорожная карта', kind: 'document' },
      { id: 'my-order', title: 'my-order', kind: 'document' },
      { id: 'roadmap-2', title: 'Вторая карта', kind: 'document' },
      { id: 'package', title: 'Пакет документов', kind: 'package' },
    ]);
  });

  it('gives one document no package tab, and a text with no documents none at all', () => {
    expect(readPlanTabs('documents:\n  - type: passport\n    title: Паспорт\n')).toEqual([
      { id: 'passport-1', title: 'Паспорт', kind: 'document' },
    ]);
    expect(readPlanTabs('documents: [\n')).toEqual([]);
    expect(readPlanTabs('')).toEqual([]);
  });
});
