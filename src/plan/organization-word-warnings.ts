import type { Problem } from '../errors.js';
import { text } from '../messages.js';
import type { BuiltDocument } from '../package/assemble.js';
import { documentIds } from './document-ids.js';
import type { Plan } from './schema/plan.js';
import { listWordWarnings } from './word-warnings.js';

/** One organisation's word warnings (word-warnings.ts): its folder, and each of its documents' with its index in the plan. */
export type OrganizationWordWarnings = {
  readonly folder: string;
  readonly documents: readonly { readonly index: number; readonly warnings: readonly Problem[] }[];
};

/**
 * The word warnings of the documents one organisation builds; `position` is its place in toOrganizationPlans (the
 * plan's own first, then each variant). A word no value of its document holds is looked for in the names of the
 * people the organisation prints (a variant's own, then the plan's), then in the rest of its variant.
 */
export function listOrganizationWordWarnings(
  source: string,
  file: string,
  plan: Plan,
  position: number,
  { folder, built }: { readonly folder: string; readonly built: readonly BuiltDocument[] },
): OrganizationWordWarnings {
  const ids = documentIds(plan);
  const indexes = built.map((document) => ids.indexOf(document.id));
  const variant = plan.variants !== undefined && position > 0 ? position - 1 : undefined;
  const lists = listWordWarnings(source, file, built, {
    indexes,
    ...(variant !== undefined && {
      people: [['variants', variant, 'people'], ['people']],
      fallback: ['variants', variant],
    }),
  });
  return { folder, documents: lists.map((warnings, k) => ({ index: indexes[k]!, warnings })) };
}

/**
 * The warnings of every organisation of a plan, as they are told: one that every organisation getting its document
 * has — a word of a shared roadmap's text — once, as in a plan of one organisation; one that only some of them have
 * (a partner's person in a narrow column) for each of those, naming its folder. A plan without variants: as they are.
 */
export function mergeWordWarnings(organizations: readonly OrganizationWordWarnings[]): Problem[] {
  if (organizations.every(({ folder }) => folder === ''))
    return organizations.flatMap(({ documents }) => documents.flatMap(({ warnings }) => warnings));
  const getting = new Map<number, number>();
  const having = new Map<string, number>();
  for (const { documents } of organizations)
    for (const { index, warnings } of documents) {
      getting.set(index, (getting.get(index) ?? 0) + 1);
      for (const key of new Set(warnings.map((w) => toKey(index, w))))
        having.set(key, (having.get(key) ?? 0) + 1);
    }
  const told = new Set<string>();
  return organizations.flatMap(({ folder, documents }) =>
    documents.flatMap(({ index, warnings }) =>
      warnings.flatMap((warning) => {
        const key = toKey(index, warning);
        if (having.get(key) !== getting.get(index))
          return [{ ...warning, message: text.organizationWarning(folder, warning.message) }];
        if (told.has(key)) return [];
        told.add(key);
        return [warning];
      }),
    ),
  );
}

const toKey = (index: number, { line, column, message }: Problem) => `${index}:${line}:${column}:${message}`;
