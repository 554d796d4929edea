import type { z } from 'zod';
import type { Problem } from '../errors.js';
import { text } from '../messages.js';
import { describeEmptyPart, describeMissing } from './empty-parts.js';
import type { LoadedYaml } from './load.js';
import { locate } from './locate.js';
import { unquoteKey } from './quoted-key.js';
import { translateDocumentType, translateKey } from './russian-keys.js';
import { allowedKeysAt, findBranchKnowing, isOptionalKeyAt } from './schema-keys.js';
import { suggest } from './suggest.js';
import { retellTermForm } from './term-form.js';

type Issue = z.core.$ZodIssue;

const typeNames = text.typeNames;

/** zod issues → located Russian problems, one per issue, unions narrowed to the branch the user meant. */
export function toProblems(issues: readonly Issue[], loaded: LoadedYaml, schema: z.ZodType): Problem[] {
  const translated = translatedKeys(issues, loaded, schema);
  return issues
    .filter((issue) => !(isMissing(issue, loaded) && translated.has(issue.path.map(String).join('/'))))
    .flatMap((issue) => explain(issue, issue.path, loaded, schema));
}

/** Paths of required keys written in Russian (`заголовок:` for `title:`): the Russian key's message covers them. */
function translatedKeys(issues: readonly Issue[], loaded: LoadedYaml, schema: z.ZodType): Set<string> {
  const paths = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const allowed = allowedKeysAt(schema, loaded.data, issue.path);
    for (const key of issue.keys) {
      const english = translateKey(key, allowed) ?? unquoteKey(key, allowed);
      if (english) paths.add([...issue.path, english].map(String).join('/'));
    }
  }
  return paths;
}

/** A required value that is not there at all (a union reports it as invalid_union). */
function isMissing(issue: Issue, loaded: LoadedYaml): boolean {
  return (
    (issue.code === 'invalid_type' || issue.code === 'invalid_union') &&
    valueAt(loaded.data, issue.path) === undefined
  );
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
      if (issue.input === undefined) return at(describeMissing(path, loaded.data));
      if (issue.expected === 'string' && isTextBeforeColon(issue.input))
        return at(text.colonInListText(Object.keys(issue.input as object)[0]!));
      if (issue.expected === 'array' && isPlainObject(issue.input))
        return at(text.listNotMap(Object.keys(issue.input as object)[0] ?? 'ключ'));
      // The schema's own message when it has one (zod's own are English: «Invalid input: expected …»).
      if (!issue.message.startsWith('Invalid')) return at(issue.message);
      if (issue.input === null) return at(explainEmpty([issue.expected], path, loaded, schema));
      return at(text.expectedType(typeNames[issue.expected] ?? issue.expected, describeValue(issue.input)));
    case 'unrecognized_keys': {
      const value = valueAt(loaded.data, path);
      const meant = findBranchKnowing(schema, loaded.data, path, value)?.safeParse(value);
      const deeper = meant?.error?.issues.filter((i) => i.path.length > 0 || i.code !== 'unrecognized_keys');
      if (deeper?.length) return deeper.flatMap((i) => explain(i, [...path, ...i.path], loaded, schema));
      // «- Признать утратившим силу приказ «Наставничество: организация»»: a sentence read as a key.
      if (issue.keys.length === 1 && /\s\S+\s/.test(issue.keys[0]!))
        return at(text.colonInListText(issue.keys[0]!), [...path, issue.keys[0]!], true);
      return issue.keys.flatMap((key) => {
        const allowed = allowedKeysAt(schema, loaded.data, path);
        const bare = unquoteKey(key, allowed);
        if (bare) return at(text.quotedKey(key, bare), [...path, key], true);
        const english = translateKey(key, allowed);
        if (english) return at(text.russianKey(key, english), [...path, key], true);
        const hint = suggest(key, allowed);
        // A key of another kind of value (an order's `number` in a roadmap): suggesting itself would say nothing.
        if (hint === key) return at(text.keyNotHere(key), [...path, key], true);
        const message = text.unknownKey(key) + (hint ? `; ${text.didYouMean(hint)}` : '');
        return at(message, [...path, key], true);
      });
    }
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
      if (issue.origin !== 'array') return at(text.notAllowedEmpty);
      return at(
        (issue.minimum === 1 && describeEmptyPart(path, loaded.data)) || text.tooSmall(Number(issue.minimum)),
      );
    case 'too_big':
      // The schema's own message when it has one; zod's is English («Too big: expected array to have <=2 items»).
      return at(issue.message.startsWith('Too') ? text.tooBig(String(issue.maximum)) : issue.message);
    case 'invalid_format':
      // The schema's own message when it has one; zod's is English («Invalid string: must match pattern …»).
      return at(
        issue.message.startsWith('Invalid') ? describeFormat(String(path.at(-1) ?? '')) : issue.message,
      );
    case 'custom':
      return at(retellTermForm(issue.params, loaded.data, path) ?? issue.message);
    default:
      return at(issue.message);
  }
}

/** What a key's value must look like, for a value that does not. */
function describeFormat(key: string): string {
  if (key === 'id') return text.idFormat;
  if (key === 'key') return text.columnKeyFormat;
  return text.formatInvalid;
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
  at: (message: string, p?: readonly PropertyKey[], atKey?: boolean) => Problem[],
): Problem[] {
  const actual = valueAt(loaded.data, path);
  if (actual === undefined) return at(describeMissing(path, loaded.data));
  if ('discriminator' in issue && issue.discriminator) {
    const options = (issue as { options?: unknown[] }).options?.map(String) ?? [];
    const value = actual;
    const english = typeof value === 'string' ? translateDocumentType(value) : undefined;
    if (english) return at(text.russianDocumentType(String(value), english));
    const hint = typeof value === 'string' ? suggest(value, options) : undefined;
    return at(
      `${issue.message.startsWith('неизвестный') ? issue.message : text.unknownDocumentType}${hint ? `; ${text.didYouMean(hint)}` : ''}`,
    );
  }
  // A branch whose type matched (its problems lie deeper than the union itself) is the one the user meant.
  // Among them, one that knows every key the user wrote, then the one with the fewest problems.
  // «- Настоящее Положение … «Ступеньки: от …»»: a text read as a key. Its message explains the branch's missing
  // `text` too, which would only mislead.
  const sentence = findSentenceKey(actual);
  if (sentence) return at(text.colonInListText(sentence), [...path, sentence], true);
  const matched = issue.errors.filter((branch) => !isTypeMismatch(branch));
  const rank = (branch: readonly Issue[]) => (hasUnknownKeys(branch) ? 1000 : 0) + branch.length;
  const best = matched.sort((a, b) => rank(a) - rank(b))[0];
  if (best && best.length > 0) return best.flatMap((i) => explain(i, [...path, ...i.path], loaded, schema));
  if (isTextBeforeColon(actual)) return at(text.colonInListText(Object.keys(actual as object)[0]!));
  if (issue.message && issue.message !== 'Invalid input') return at(issue.message);
  const expected = listExpectedTypes(issue);
  if (actual === null) return at(explainEmpty(expected, path, loaded, schema));
  const names = expected.map((type) => typeNames[type] ?? type);
  return at(text.expectedType([...new Set(names)].join(' или '), describeValue(actual)));
}

/**
 * The types a union takes, through nested unions: a text field is a union of a string and a number (kept as text),
 * which is named once, «текст».
 */
function listExpectedTypes(issue: Extract<Issue, { code: 'invalid_union' }>): string[] {
  const types = issue.errors.flatMap((branch) =>
    branch.flatMap((i): string[] => {
      if (i.path.length > 0) return [];
      if (i.code === 'invalid_type') return [i.expected];
      return i.code === 'invalid_union' ? listExpectedTypes(i) : [];
    }),
  );
  const unique = [...new Set(types)];
  return unique.includes('string') ? unique.filter((type) => type !== 'number') : unique;
}

/**
 * A key with nothing after it (`result:`): what to write there — a text when it takes one, as it is the usual
 * value of a cell — and, for a key that may be left out, to remove it.
 */
function explainEmpty(
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

/**
 * A union branch that does not know a key the user wrote, also through a nested union whose every branch does not
 * (a document's body block `roadmap:` is none of the text blocks heading, paragraph, list, numbered).
 */
function hasUnknownKeys(branch: readonly Issue[]): boolean {
  return branch.some(
    (i) =>
      i.code === 'unrecognized_keys' ||
      (i.code === 'invalid_union' && i.path.length === 0 && i.errors.every(hasUnknownKeys)),
  );
}

/** A union branch that failed on the value's type itself, also through a nested union («число или текст»). */
function isTypeMismatch(branch: readonly Issue[]): boolean {
  return branch.some(
    (i) =>
      i.path.length === 0 &&
      (i.code === 'invalid_type' || (i.code === 'invalid_union' && i.errors.every(isTypeMismatch))),
  );
}

function isPlainObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function describeValue(value: unknown): string {
  if (value === null) return text.valueNames.null;
  if (Array.isArray(value)) return text.valueNames.array;
  if (typeof value === 'object') return text.valueNames.object;
  if (typeof value === 'string')
    return text.valueNames.text(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return text.valueNames.other(String(value));
}

/** The key of a map like isTextBeforeColon's when it has a space: a plan's own keys are single words. */
function findSentenceKey(value: unknown): string | undefined {
  const key = isTextBeforeColon(value) ? Object.keys(value as object)[0]! : undefined;
  return key !== undefined && /\s/.test(key) ? key : undefined;
}

/** A map of one key whose value is text: «- требовать: рабочие отчёты», a text with «: » read as a key. */
function isTextBeforeColon(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const entries = Object.entries(value as object);
  return entries.length === 1 && (typeof entries[0]![1] === 'string' || entries[0]![1] === null);
}
