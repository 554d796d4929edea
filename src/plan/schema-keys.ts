import type { z } from 'zod';

type Def = { type: string; [k: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/**
 * The keys an object schema allows at `path` of `data` (walking zod's definitions alongside the data),
 * used to suggest a correction for a misspelt key.
 */
export function allowedKeysAt(schema: z.ZodType, data: unknown, path: readonly PropertyKey[]): string[] {
  const found = new Set<string>();
  for (const object of objectSchemasAt(schema, data, path))
    for (const key of Object.keys(defOf(object).shape as object)) found.add(key);
  return [...found];
}

/**
 * Of the object schemas a value at `path` may match (the branches of a union), the one that knows every key the
 * value has: zod reports the branch that merely has unknown keys when the meant branch failed deeper
 * (`{ council, protocol: { date: 31.09.2025 } }` read as a stamp by a person with two unknown keys).
 */
export function findBranchKnowing(
  schema: z.ZodType,
  data: unknown,
  path: readonly PropertyKey[],
  value: unknown,
): z.ZodType | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  return objectSchemasAt(schema, data, path).find((object) =>
    keys.every((key) => key in (defOf(object).shape as object)),
  ) as z.ZodType | undefined;
}

/** Whether `key` may be left out of the object at `path` (its schema is optional in every branch that has it). */
export function isOptionalKeyAt(
  schema: z.ZodType,
  data: unknown,
  path: readonly PropertyKey[],
  key: string,
): boolean {
  const fields = objectSchemasAt(schema, data, path)
    .map((object) => (defOf(object).shape as Record<string, unknown>)[key])
    .filter((field) => field !== undefined);
  return fields.length > 0 && fields.every((field) => defOf(field).type === 'optional');
}

function objectSchemasAt(schema: z.ZodType, data: unknown, path: readonly PropertyKey[]): unknown[] {
  const found: unknown[] = [];
  walk(schema, data, path, found);
  return found;
}

function walk(schema: unknown, data: unknown, path: readonly PropertyKey[], found: unknown[]): void {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      walk(def.innerType, data, path, found);
      return;
    case 'lazy':
      walk((def.getter as () => unknown)(), data, path, found);
      return;
    case 'pipe':
      walk(def.in, data, path, found);
      return;
    case 'union': {
      for (const option of def.options as unknown[]) walk(option, data, path, found);
      return;
    }
    case 'array': {
      if (path.length === 0) return;
      const [head, ...rest] = path;
      walk(def.element, (data as unknown[] | undefined)?.[head as number], rest, found);
      return;
    }
    case 'record': {
      if (path.length === 0) return;
      const [head, ...rest] = path;
      walk(def.valueType, (data as Record<string, unknown> | undefined)?.[head as string], rest, found);
      return;
    }
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      if (path.length === 0) {
        found.push(schema);
        return;
      }
      const discriminator = (shape.type as { _zod?: { def: Def } } | undefined)?._zod?.def;
      const actualType = (data as Record<string, unknown> | undefined)?.type;
      if (discriminator?.type === 'literal' && actualType !== undefined) {
        if (!(discriminator.values as unknown[]).includes(actualType)) return;
      }
      const [head, ...rest] = path;
      const child = shape[head as string];
      if (child) walk(child, (data as Record<string, unknown> | undefined)?.[head as string], rest, found);
      return;
    }
    default:
      return;
  }
}

const collected = new WeakMap<z.ZodType, ReadonlySet<string>>();

/** Every key any object schema under `schema` allows, however deep (the plan's own key names); walked once a schema. */
export function collectSchemaKeys(schema: z.ZodType): ReadonlySet<string> {
  let keys = collected.get(schema);
  if (keys === undefined) {
    keys = walkSchemaKeys(schema);
    collected.set(schema, keys);
  }
  return keys;
}

function walkSchemaKeys(schema: z.ZodType): Set<string> {
  const keys = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (node: unknown): void => {
    if (node === undefined || seen.has(node)) return;
    seen.add(node);
    const def = defOf(node);
    if (def.type === 'object')
      for (const [key, field] of Object.entries(def.shape as Record<string, unknown>)) {
        keys.add(key);
        visit(field);
      }
    if (def.type === 'lazy') visit((def.getter as () => unknown)());
    if (def.type === 'union') for (const option of def.options as unknown[]) visit(option);
    if (def.type === 'intersection') for (const side of [def.left, def.right]) visit(side);
    if (def.type === 'tuple') for (const item of def.items as unknown[]) visit(item);
    for (const inner of [def.innerType, def.in, def.out, def.element, def.valueType]) visit(inner);
  };
  visit(schema);
  return keys;
}
