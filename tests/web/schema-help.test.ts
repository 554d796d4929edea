import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { describeKey, type JsonSchema, listKeys, listValues } from '../../src/web/schema-help.js';
import { item } from '../../src/web/yaml-path.js';

const schema = JSON.parse(readFileSync(join(packageRoot, 'plan.schema.json'), 'utf8')) as JsonSchema;

describe('help from the plan schema', () => {
  it('lists the keys of a place with their Russian descriptions', () => {
    const keys = listKeys(schema, []);
    expect(keys.map((k) => k.key)).toEqual(expect.arrayContaining(['organization', 'people', 'documents']));
    const organization = listKeys(schema, ['organization']);
    expect(organization).toContainEqual({
      key: 'name',
      description: 'Полное наименование организации, как в уставе',
    });
  });

  it('merges the keys of every kind of document, and lists a document type’s values', () => {
    const keys = listKeys(schema, ['documents', item]).map((k) => k.key);
    expect(keys).toEqual(expect.arrayContaining(['type', 'id', 'title', 'items', 'columns', 'appendices']));
    expect(listValues(schema, ['documents', item, 'type'])).toEqual(
      expect.arrayContaining(['roadmap', 'order', 'regulation', 'passport', 'document']),
    );
  });

  it('follows people by any key, and a roadmap item’s fields', () => {
    expect(listKeys(schema, ['people', 'ivanova']).map((k) => k.key)).toEqual(
      expect.arrayContaining(['name', 'position']),
    );
    expect(describeKey(schema, ['documents', item, 'items', item, 'activity'])).toMatch(/[а-я]/);
    expect(describeKey(schema, ['nonsense'])).toBeUndefined();
  });
});
