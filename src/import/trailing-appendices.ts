import { importText } from '../messages.js';
import type { PlanDoc } from './import-state.js';
import { findCitedTitle, mostMissing, toStandIn } from './missing-appendices.js';
import type { Note, PlanPath } from './notes.js';

/** «согласно приложению 1», «(приложение № 2)» — not «приложению 3 к приказу от …», another act's appendix. */
const citation = /приложени[а-яё]*\s+(?:№\s*)?(\d+)(?!\d)(?!\s+к\s)/giu;
/** Keys of a clause that hold no words of the order's text. */
const notText: ReadonlySet<string> = new Set(['approve', 'person', 'responsible', 'term']);

/**
 * Appendices an order names that its file does not hold after the ones it does: «Создать … согласно приложению
 * 1», «Утвердить дорожную карту … (приложение 2)», «Приложения: 1. … 2. Дорожная карта …» with only appendix 1 in
 * the file (the roadmap is a file of its own). Each gets a stand-in, as one missing before an appendix of the file
 * does (missing-appendices.ts), so that the appendices are numbered as the text numbers them — one appendix alone
 * would print as «Приложение к приказу …» with no number. The clauses citing it stay text: the appendix's own file
 * tells whether the order's stamp or one of its own stands on it. `listed`: the appendices the order holds;
 * `list`: the titles its «Приложения:» gives by number.
 */
export function toTrailingAppendices(
  order: PlanDoc,
  listed: number,
  list: ReadonlyMap<number, string>,
): { doc: PlanDoc; note: (path: PlanPath) => Note }[] {
  const cited = findCitingTexts(order);
  const numbers = [...cited.keys(), ...list.keys()].filter((n) => n > listed && n <= listed + mostMissing);
  const last = Math.max(listed, ...numbers);
  return Array.from({ length: last - listed }, (_, i) => {
    const number = listed + i + 1;
    const title = findCitedTitle(order, number) ?? list.get(number);
    const named = cited.get(number) ?? list.get(number);
    return {
      doc: toStandIn(number, title),
      note: (path: PlanPath) => ({
        path,
        text: importText.missingCitedAppendix(number, named, cited.has(number)),
      }),
    };
  });
}

/** The appendix numbers an order's clauses cite, each with the first text (a clause, an item) that does. */
function findCitingTexts(order: PlanDoc): Map<number, string> {
  const found = new Map<number, string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const m of value.matchAll(citation)) if (!found.has(Number(m[1]))) found.set(Number(m[1]), value);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) if (!notText.has(key)) walk(v);
  };
  walk(order.clauses);
  return found;
}
