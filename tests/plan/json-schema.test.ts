import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toPlanJsonSchema } from '../../src/plan/json-schema.js';

const root = resolve(import.meta.dirname, '../..');

describe('plan.schema.json', () => {
  it('is up to date with the zod schema (run `npm run schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync(join(root, 'plan.schema.json'), 'utf8'));
    expect(committed).toEqual(toPlanJsonSchema());
  });

  it('carries Russian descriptions for editor hover help', () => {
    const schema = toPlanJsonSchema() as { properties: Record<string, { description?: string }> };
    expect(schema.properties.organization?.description).toBe('Организация');
    expect(JSON.stringify(schema)).toContain('Гриф утверждения (справа вверху)');
  });

  it('shows a term point as a year or text, so that an editor flags `term: 15.09`, which gramota check explains', () => {
    type Node = { properties: Record<string, Node>; anyOf?: unknown };
    const project = (toPlanJsonSchema() as unknown as Node).properties.project!;
    expect(project.properties.period!.properties.from!.anyOf).toEqual([
      { type: 'integer', minimum: 1900, maximum: 2100 },
      { type: 'string', minLength: 1 },
    ]);
  });

  it('is what every data/ plan points to with the yaml-language-server modeline', () => {
    for (const file of readdirSync(join(root, 'data')).filter((f) => f.endsWith('.yaml'))) {
      const first = readFileSync(join(root, 'data', file), 'utf8').split('\n')[0];
      expect(first, file).toBe('# yaml-language-server: $schema=../plan.schema.json');
    }
  });
});
