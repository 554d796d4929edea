import type { Plan } from './schema/plan.js';
import { namesTitle, splitWords, type TitleKey, toTitleKeys } from './title-keys.js';

/** «согласно приложению 2», «(приложение № 3)»: the regex every text is scanned with after a quick test. */
export const appendixCitation = /приложени[а-я]*\s+(?:№\s*)?(\d+)/giu;
export const mentionsAppendix = /риложени/u;

/** The appendices of one order: their titles and the keys a text names them by (title-keys.ts). */
export type AppendixList = {
  readonly titles: readonly string[];
  readonly keys: readonly (TitleKey | undefined)[];
};

/** The titles of the documents `appendices` names, by the plan's ids (an unknown id stands for itself). */
export function toAppendixList(
  appendices: readonly string[],
  plan: Plan,
  ids: readonly string[],
): AppendixList {
  const titles = appendices.map((id) => {
    const doc = plan.documents[ids.indexOf(id)];
    return doc !== undefined && 'title' in doc && typeof doc.title === 'string' ? doc.title : id;
  });
  return { titles, keys: toTitleKeys(titles) };
}

/** The one appendix a text names by its title (its index), when it is not the cited number's; else undefined. */
export function findOtherNamed(segment: string, number: number, list: AppendixList): number | undefined {
  const words = splitWords(segment);
  const named = list.keys.flatMap((key, j) => (key !== undefined && namesTitle(words, key) ? [j] : []));
  return named.length === 1 && named[0] !== number - 1 ? named[0] : undefined;
}
