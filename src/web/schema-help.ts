import { item, type PathStep } from './yaml-path.js';

/** The part of JSON Schema (draft 7, as `gramota schema` writes it) that the studio's help reads. */
export type JsonSchema = {
  readonly description?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly additionalProperties?: JsonSchema | boolean;
  readonly items?: JsonSchema | readonly JsonSchema[];
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly $ref?: string;
};

export type KeyHelp = { readonly key: string; readonly description: string | undefined };

/** The keys a mapping at `path` may have, each with its Russian description (documents' kinds merged). */
export function listKeys(root: JsonSchema, path: readonly PathStep[]): KeyHelp[] {
  const keys = new Map<string, string | undefined>();
  for (const schema of findSchemas(root, path)) {
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      const description = describe(root, property);
      if (!keys.has(key) || keys.get(key) === undefined) keys.set(key, description);
    }
  }
  return [...keys].map(([key, description]) => ({ key, description }));
}

/** The values a key at `path` may take when the schema lists them (a document's type, a stage layout). */
export function listValues(root: JsonSchema, path: readonly PathStep[]): string[] {
  const values = findSchemas(root, path).flatMap((s) => [
    ...(s.enum ?? []),
    ...('const' in s ? [s.const] : []),
  ]);
  return [...new Set(values.filter((v): v is string => typeof v === 'string'))];
}

/** The description of the key at the end of `path`. */
export function describeKey(root: JsonSchema, path: readonly PathStep[]): string | undefined {
  return findSchemas(root, path)
    .map((s) => describe(root, s))
    .find((d) => d !== undefined);
}

/** Every schema the value at `path` may match, alternatives expanded. */
export function findSchemas(root: JsonSchema, path: readonly PathStep[]): JsonSchema[] {
  let current = expand(root, root);
  for (const step of path) {
    current = current.flatMap((schema) => expand(root, childOf(schema, step)));
  }
  return current;
}

function childOf(schema: JsonSchema, step: PathStep): JsonSchema | undefined {
  if (step === item)
    return Array.isArray(schema.items) ? schema.items[0] : (schema.items as JsonSchema | undefined);
  const own = schema.properties?.[step];
  if (own) return own;
  return typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
}

/** A schema with its reference followed and its alternatives (anyOf, oneOf, allOf) listed. */
function expand(root: JsonSchema, schema: JsonSchema | undefined, depth = 0): JsonSchema[] {
  if (schema === undefined || depth > 20) return [];
  const target = schema.$ref ? resolveRef(root, schema.$ref) : schema;
  if (target === undefined) return [];
  const alternatives = [...(target.anyOf ?? []), ...(target.oneOf ?? []), ...(target.allOf ?? [])];
  return [target, ...alternatives.flatMap((s) => expand(root, s, depth + 1))];
}

function resolveRef(root: JsonSchema, ref: string): JsonSchema | undefined {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const part of ref.slice(2).split('/')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node as JsonSchema | undefined;
}

function describe(root: JsonSchema, schema: JsonSchema): string | undefined {
  return expand(root, schema).find((s) => s.description !== undefined)?.description;
}
