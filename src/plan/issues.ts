import type { z } from 'zod';
import type { Problem } from '../errors.js';
import { findKeysAfterItems } from '../kinds/roadmap/keys-after-items.js';
import { text } from '../messages.js';
import { describeEmptyPart, describeMissing } from './empty-parts.js';
import { findEnglishKey } from './english-keys.js';
import { describeValue, explainEmpty, isPlainObject, isTextBeforeColon, valueAt } from './issue-values.js';
import type { LoadedYaml } from './load.js';
import { locate } from './locate.js';
import { unquoteKey } from './quoted-key.js';
import { translateKey } from './russian-keys.js';
import { allowedKeysAt, collectSchemaKeys, findBranchKnowing } from './schema-keys.js';
import { suggest } from './suggest.js';
import { retellTermForm } from './term-form.js';
import { explainUnion } from './union-issue.js';

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
        const after = findKeyAfterItems(loaded, [...path, key]);
        if (after) return at(text.itemKeyAfterItems(after), [...path, key], true);
        const hint = suggest(key, allowed) ?? findEnglishKey(key, allowed);
        // A key of another kind of value (an order's `number` in a roadmap), or of another place of the plan (a
        // document's `only_for` in a variant, a key indented a level off): suggesting itself would say nothing.
        if (hint === key || (hint === undefined && collectSchemaKeys(schema).has(key)))
          return at(text.keyNotHere(key), [...path, key], true);
        const message = text.unknownKey(key) + (hint ? `; ${text.didYouMean(hint)}` : '');
        return at(message, [...path, key], true);
      });
    }
    case 'invalid_union':
      return explainUnion(issue, path, loaded, schema, at, (i, p) => explain(i, p, loaded, schema));
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

/** An item's key written after the items, at the indent of `items:`, that the stage or document does not have. */
function findKeyAfterItems(loaded: LoadedYaml, path: readonly PropertyKey[]) {
  const at = path.map(String).join('/');
  return findKeysAfterItems(loaded).find((k) => k.path.map(String).join('/') === at);
}

/** What a key's value must look like, for a value that does not. */
function describeFormat(key: string): string {
  if (key === 'id') return text.idFormat;
  if (key === 'key') return text.columnKeyFormat;
  return text.formatInvalid;
}
