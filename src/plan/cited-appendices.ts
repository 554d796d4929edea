import { text } from '../messages.js';
import type { ReferenceSlip } from './check-citations.js';
import { isSameNumber, readAppendedOrder } from './order-citations.js';
import type { Plan } from './schema/plan.js';
import { namesTitle, splitWords, type TitleKey, toTitleKeys } from './title-keys.js';

type Path = readonly (string | number)[];

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

/**
 * «приложение 3 к приказу от 28.08.2026 № 301-од» in any document's text, when that order is in the plan: a number
 * past its appendices is an error; the text before it naming another of its appendices by its title is a warning.
 * `segment` is the text since the previous appendix cited; `after` the text after «приложение 3».
 */
export function checkOrderAppendix(
  cited: {
    readonly number: number;
    readonly written: string;
    readonly segment: string;
    readonly after: string;
  },
  plan: Plan,
  ids: readonly string[],
  path: Path,
): ReferenceSlip | undefined {
  const act = readAppendedOrder(cited.after);
  if (act === undefined) return undefined;
  const j = plan.documents.findIndex(
    (doc) => doc.type === 'order' && doc.date === act.date && isSameNumber(doc.number, act.number),
  );
  const order = plan.documents[j];
  if (order?.type !== 'order') return undefined;
  const appendices = order.appendices ?? [];
  const written = `${cited.written}${act.written}`;
  if (cited.number < 1 || cited.number > appendices.length)
    return {
      path,
      message: text.citesMissingOrderAppendix(written, ids[j]!, appendices.length),
      warning: false,
    };
  if (appendices.length < 2) return undefined;
  const list = toAppendixList(appendices, plan, ids);
  const meant = findOtherNamed(cited.segment, cited.number, list);
  if (meant === undefined) return undefined;
  const message = text.citesOtherOrderAppendix(
    written,
    cited.number,
    list.titles[cited.number - 1]!,
    list.titles[meant]!,
    meant + 1,
  );
  return { path, message, warning: true };
}

/** The appendices of the plan's orders a text cites («приложение 3 к приказу от … № …»), checked. */
export function listTextAppendixSlips(
  written: string,
  plan: Plan,
  ids: readonly string[],
  path: Path,
): ReferenceSlip[] {
  if (!mentionsAppendix.test(written)) return [];
  const slips: ReferenceSlip[] = [];
  let from = 0;
  for (const m of written.matchAll(appendixCitation)) {
    const end = m.index + m[0].length;
    const cited = {
      number: Number(m[1]),
      written: m[0],
      segment: written.slice(from, m.index),
      after: written.slice(end),
    };
    const slip = checkOrderAppendix(cited, plan, ids, path);
    if (slip) slips.push(slip);
    from = end;
  }
  return slips;
}
