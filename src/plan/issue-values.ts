import type { z } from 'zod';
import { text } from '../messages.js';
import type { LoadedYaml } from './load.js';
import { isOptionalKeyAt } from './schema-keys.js';

// The value a zod issue is about, read from the plan and described in Russian for its message.

const typeNames = text.typeNames;

/** The plan's value at a path (zod issues do not always carry their input). */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    data,
  );
}

/**
 * A key with nothing after it (`result:`): what to write there — a text when it takes one, as it is the usual
 * value of a cell — and, for a key that may be left out, to remove it.
 */
export function explainEmpty(
  expected: readonly string[],
  path: readonly PropertyKey[],
  loaded: LoadedYaml,
  schema: z.ZodType,
): string {
  const names = expected.includes('string')
    ? [typeNames.string]
    : [...new Set(expected.map((type) => typeNames[type] ?? type))];
  const key = path.at(-1);
  const optional =
    typeof key === 'string' && isOptionalKeyAt(schema, loaded.data, path.slice(0, -1), key) ? key : undefined;
  return text.emptyValue(names.join(' или '), optional);
}

/** A map, not a list. */
export function isPlainObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** What is written instead, as a message says it: «значение пустое», «написан список», «написан текст «…»» (40 characters). */
export function describeValue(value: unknown): string {
  if (value === null) return text.valueNames.null;
  if (Array.isArray(value)) return text.valueNames.array;
  if (typeof value === 'object') return text.valueNames.object;
  if (typeof value === 'string')
    return text.valueNames.text(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return text.valueNames.other(String(value));
}

/** The key of a map like isTextBeforeColon's when it has a space: a plan's own keys are single words. */
export function findSentenceKey(value: unknown): string | undefined {
  const key = isTextBeforeColon(value) ? Object.keys(value as object)[0]! : undefined;
  return key !== undefined && /\s/.test(key) ? key : undefined;
}

/** A map of one key whose value is text: «- требовать: рабочие отчёты», a text with «: » read as a key. */
export function isTextBeforeColon(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const entries = Object.entries(value as object);
  return entries.length === 1 && (typeof entries[0]![1] === 'string' || entries[0]![1] === null);
}
