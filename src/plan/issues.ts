import type { z } from 'zod';
import type { Problem } from '../errors.js';
import { text } from '../messages.js';
import type { LoadedYaml } from './load.js';
import { locate } from './locate.js';
import { allowedKeysAt } from './schema-keys.js';
import { suggest } from './suggest.js';

type Issue = z.core.$ZodIssue;

const typeNames: Record<string, string> = {
  string: 'текст',
  number: 'число',
  int: 'целое число',
  boolean: 'true или false',
  array: 'список',
  object: 'набор ключей (ключ: значение)',
  record: 'набор ключей (ключ: значение)',
  literal: 'значение',
  undefined: 'ничего',
  null: 'пустое значение',
};

/** zod issues → located Russian problems, one per issue, unions narrowed to the branch the user meant. */
export function toProblems(issues: readonly Issue[], loaded: LoadedYaml, schema: z.ZodType): Problem[] {
  return issues.flatMap((issue) => explain(issue, issue.path, loaded, schema));
}

function explain(
  issue: Issue,
  path: readonly PropertyKey[],
  loaded: LoadedYaml,
  schema: z.ZodType,
): Problem[] {
  const at = (message: string, p: readonly PropertyKey[] = path, atKey = false): Problem[] => [
    { code: 'plan-invalid', message, file: loaded.file, ...locate(loaded, p, atKey) },
  ];
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return at(text.required(String(path.at(-1) ?? '')));
      return at(text.expectedType(typeNames[issue.expected] ?? issue.expected, describeValue(issue.input)));
    case 'unrecognized_keys':
      return issue.keys.flatMap((key) => {
        const hint = suggest(key, allowedKeysAt(schema, loaded.data, path));
        const message = text.unknownKey(key) + (hint ? `; ${text.didYouMean(hint)}` : '');
        return at(message, [...path, key], true);
      });
    case 'invalid_union':
      return explainUnion(issue, path, loaded, schema, at);
    case 'invalid_value': {
      const values = issue.values.map(String);
      const hint = typeof issue.input === 'string' ? suggest(issue.input, values) : undefined;
      const unknown = text.unknownValue(String(issue.input));
      return at(`${unknown}; ${hint ? `${text.didYouMean(hint)}; ` : ''}${text.expectedOneOf(values)}`);
    }
    case 'invalid_key':
      return at(text.personKeyFormat, path, true);
    case 'too_small':
      return at(issue.origin === 'array' ? text.tooSmall(Number(issue.minimum)) : text.notAllowedEmpty);
    default:
      return at(issue.message);
  }
}

/** The plan's value at a path (zod issues do not always carry their input). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    data,
  );
}

function explainUnion(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  path: readonly PropertyKey[],
  loaded: LoadedYaml,
  schema: z.ZodType,
  at: (message: string, p?: readonly PropertyKey[]) => Problem[],
): Problem[] {
  const actual = valueAt(loaded.data, path);
  if (actual === undefined) return at(text.required(String(path.at(-1) ?? '')));
  if ('discriminator' in issue && issue.discriminator) {
    const options = (issue as { options?: unknown[] }).options?.map(String) ?? [];
    const value = actual;
    const hint = typeof value === 'string' ? suggest(value, options) : undefined;
    return at(
      `${issue.message.startsWith('неизвестный') ? issue.message : text.unknownDocumentType}${hint ? `; ${text.didYouMean(hint)}` : ''}`,
    );
  }
  // A branch whose type matched (its problems lie deeper than the union itself) is the one the user meant.
  const matched = issue.errors.filter((branch) => !isTypeMismatch(branch));
  const best = matched.sort((a, b) => a.length - b.length)[0];
  if (best && best.length > 0) return best.flatMap((i) => explain(i, [...path, ...i.path], loaded, schema));
  if (issue.message && issue.message !== 'Invalid input') return at(issue.message);
  const expected = issue.errors
    .flatMap((branch) => branch.filter((i) => i.code === 'invalid_type' && i.path.length === 0))
    .map((i) => (i.code === 'invalid_type' ? (typeNames[i.expected] ?? i.expected) : ''));
  return at(text.expectedType([...new Set(expected)].join(' или '), describeValue(actual)));
}

/** A union branch that failed on the value's type itself, also through a nested union («число или текст»). */
function isTypeMismatch(branch: readonly Issue[]): boolean {
  return branch.some(
    (i) =>
      i.path.length === 0 &&
      (i.code === 'invalid_type' || (i.code === 'invalid_union' && i.errors.every(isTypeMismatch))),
  );
}

function describeValue(value: unknown): string {
  if (value === null) return 'пустое значение';
  if (Array.isArray(value)) return 'список';
  if (typeof value === 'object') return 'набор ключей';
  if (typeof value === 'string') return `текст «${value.length > 40 ? `${value.slice(0, 40)}…` : value}»`;
  return String(value);
}
