import type { z } from 'zod';
import type { Problem } from '../errors.js';
import { text } from '../messages.js';
import { describeMissing } from './empty-parts.js';
import { describeValue, explainEmpty, findSentenceKey, isTextBeforeColon, valueAt } from './issue-values.js';
import type { LoadedYaml } from './load.js';
import { translateDocumentType } from './russian-keys.js';
import { suggest } from './suggest.js';

type Issue = z.core.$ZodIssue;
type At = (message: string, p?: readonly PropertyKey[], atKey?: boolean) => Problem[];
/** Explains an issue of the branch the user meant, at its path below the union. */
type ExplainDeeper = (issue: Issue, path: readonly PropertyKey[]) => Problem[];

const typeNames = text.typeNames;

/**
 * A value that matches no branch of a union: the document type misspelled or written in Russian, or the problems of
 * the branch the user meant, or what types the union takes.
 */
export function explainUnion(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  path: readonly PropertyKey[],
  loaded: LoadedYaml,
  schema: z.ZodType,
  at: At,
  explainDeeper: ExplainDeeper,
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
  if (best && best.length > 0) return best.flatMap((i) => explainDeeper(i, [...path, ...i.path]));
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
