import { isValidIsoDate } from '../language/dates.js';
import { termBounds } from '../language/terms.js';
import { text } from '../messages.js';
import type { Plan } from './schema/plan.js';
import { forEachTypedText } from './typed-texts.js';
import type { Report } from './validate.js';
import { isInQuotes, toWritten, yearPhrase } from './year-phrases.js';

const shown = (iso: string) => iso.split('-').reverse().join('.');

/**
 * A year a text plans for that ends before the project starts — what the «edit last year's plan» workflow leaves
 * behind: «разработать план работы на 2020/2021 учебный год» in a project of 09.2021–06.2022. A warning at the text.
 * «на … год» and «в … учебном году» anywhere in the documents; «в 2020 году» only in an order's title and clauses,
 * which order what is to be done (a passport or a programme tells what was done in 2020). A plan without a period
 * compares an order's text with the order's date. Names in quotes (a cited programme «… на 2017–2018 гг.») and
 * ranges of years («на 2016–2020 годы») are left alone.
 */
export function checkOldYears(plan: Plan, report: Report): void {
  const period = plan.project?.period;
  const start = period === undefined ? undefined : termBounds(period.from)?.start;
  forEachTypedText(plan.documents, (value, at) => {
    if (!/\d{4}/.test(value)) return;
    const doc = plan.documents[at[1] as number]!;
    const orderDate = doc.type === 'order' && isValidIsoDate(doc.date) ? doc.date : undefined;
    const since = start ?? orderDate;
    if (since === undefined) return;
    const instruction = doc.type === 'order' && (at[2] === 'clauses' || at[2] === 'title');
    for (const m of value.matchAll(yearPhrase)) {
      const end = endOfYearPhrase(m, instruction);
      if (end === undefined || end >= since || isInQuotes(value, m.index)) continue;
      const written = toWritten(m[0]);
      report(
        [...at],
        start === undefined
          ? text.yearBeforeOrder(written, shown(since))
          : text.yearBeforePeriod(written, shown(since)),
      );
    }
  });
}

/** The last day of the year a phrase plans for, or undefined when the phrase plans nothing to compare. */
function endOfYearPhrase(m: RegExpMatchArray, instruction: boolean): string | undefined {
  const [, preposition, first, second, academic] = m;
  const on = preposition!.toLowerCase() === 'на';
  if (second !== undefined) {
    // An academic year «2020/2021»; a range of calendar years («2016–2020 годы») may be a cited programme's.
    if (academic === undefined || Number(second) !== Number(first) + 1) return undefined;
    return `${second}-08-31`;
  }
  if (academic !== undefined) return undefined;
  return on || instruction ? `${first}-12-31` : undefined;
}
