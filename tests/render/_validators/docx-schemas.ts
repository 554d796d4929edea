import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { applyMarkupCompatibility } from '../../_fixtures/markup-compatibility.js';
import { runTool } from './tools.js';

const schemas = resolve(import.meta.dirname, '../../_schemas/ooxml');

/** The ECMA-376 / ISO 29500 transitional schema of each kind of part (tests/_schemas/ooxml, from the docx repo). */
const schemaOf: readonly [RegExp, string][] = [
  [/^\[Content_Types\]\.xml$/, 'ECMA-376-2_2021/opc-contentTypes.xsd'],
  [/\.rels$/, 'ECMA-376-2_2021/opc-relationships.xsd'],
  [/^docProps\/core\.xml$/, 'ECMA-376-2_2021/opc-coreProperties.xsd'],
  [/^docProps\/app\.xml$/, 'ISO-IEC29500-4_2016/shared-documentPropertiesExtended.xsd'],
  [/^docProps\/custom\.xml$/, 'ISO-IEC29500-4_2016/shared-documentPropertiesCustom.xsd'],
  [/^word\/theme\/[^/]+\.xml$/, 'ISO-IEC29500-4_2016/dml-main.xsd'],
  [/^word\/[^/]+\.xml$/, 'ISO-IEC29500-4_2016/wml.xsd'],
];

/**
 * Every part of every DOCX through `xmllint --schema` after the markup-compatibility step, one xmllint run per
 * schema. Returns xmllint's complaints (empty when every part is valid) and how many parts it validated; a part
 * no schema covers is a complaint too.
 */
export function validateDocxParts(files: readonly { name: string; bytes: Uint8Array }[], folder: string) {
  const bySchema = new Map<string, string[]>();
  const problems: string[] = [];
  files.forEach((file, i) => {
    for (const [path, bytes] of Object.entries(unzipSync(file.bytes))) {
      const schema = schemaOf.find(([pattern]) => pattern.test(path))?.[1];
      if (schema === undefined) {
        problems.push(`${file.name}: ${path}: no schema for this part`);
        continue;
      }
      const target = join(folder, String(i), path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, applyMarkupCompatibility(strFromU8(bytes)));
      bySchema.set(schema, [...(bySchema.get(schema) ?? []), target]);
    }
  });
  for (const [schema, parts] of bySchema) {
    const { output } = runTool('xmllint', [
      '--noout',
      '--nonet',
      '--schema',
      join(schemas, schema),
      ...parts,
    ]);
    problems.push(...output.split('\n').filter((line) => line !== '' && !line.endsWith(' validates')));
  }
  return { problems, parts: [...bySchema.values()].flat().length };
}
