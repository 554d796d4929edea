import { monthsGenitive } from '../language/dates.js';
import { text } from '../messages.js';
import type { Path } from './list-items.js';
import { chooseYear, findPlanYears, type PlanYears } from './plan-years.js';
import type { Plan } from './schema/plan.js';
import { forEachText } from './typed-texts.js';

const month = `(${monthsGenitive.join('|')})`;
const dayMonth = new RegExp(`(?<!\\d)(\\d{1,2})\\s+${month}(?![а-яё])`, 'giu');
const untilDay = new RegExp(`^до\\s+(\\d{1,2})\\s+${month}$`, 'iu');
const fromTo = new RegExp(`^с\\s+(\\d{1,2})\\s+${month}\\s+(?:по|до)\\s+(\\d{1,2})\\s+${month}$`, 'iu');
const aDay = new RegExp(`^(\\d{1,2})\\s+${month}$`, 'iu');
/** A term that recurs — «ежегодно до 15 октября» — has no year by right. */
const recurring = /ежегодн|ежеквартальн|ежемесячн|еженедельн|ежедневн|кажд|постоянн|в течение/iu;
const pad = (n: number | string) => String(n).padStart(2, '0');

/**
 * A term written as free text with a day and month but no year — «до 15 октября», «с 1 сентября по 30 октября» — is
 * printed as typed and never checked against the project's period: a warning at its line, with the term dated in the
 * year the plan puts it in ({ until: 2026-10-15 } or «до 15 октября 2026 г.»).
 */
export function checkYearlessTerms(plan: Plan, report: (path: Path, message: string) => void): void {
  plan.documents.forEach((doc, i) => {
    forEachText(doc, ['documents', i], (written, path) => {
      if (!path.includes('term') || /\d{4}/.test(written) || recurring.test(written)) return;
      const days = [...written.matchAll(dayMonth)];
      if (days.length === 0) return;
      const years = findPlanYears(plan, path);
      if (years === undefined) return;
      const [structured, dated] = dateTerm(written.replace(/\s+/g, ' ').trim(), days, years);
      report([...path], text.termTextWithoutYear(written, structured, dated));
    });
  });
}

/** The term with its year: as the plan's structured term when it is one, and as text with «2026 г.» after it. */
function dateTerm(clean: string, days: RegExpMatchArray[], years: PlanYears): [string | undefined, string] {
  const iso = (day: string, name: string) => {
    const m = monthsGenitive.indexOf(name.toLowerCase() as (typeof monthsGenitive)[number]) + 1;
    return `${chooseYear(years, m, Number(day))}-${pad(m)}-${pad(day)}`;
  };
  const last = days.at(-1)!;
  const year = iso(last[1]!, last[2]!).slice(0, 4);
  const end = last.index! + last[0].length;
  const dated = `${clean.slice(0, end)} ${year} г.${clean.slice(end)}`.replace(/\s+/g, ' ').trim();
  const until = untilDay.exec(clean);
  if (until) return [`{ until: ${iso(until[1]!, until[2]!)} }`, dated];
  const range = fromTo.exec(clean);
  if (range) return [`{ from: ${iso(range[1]!, range[2]!)}, to: ${iso(range[3]!, range[4]!)} }`, dated];
  const day = aDay.exec(clean);
  return [day ? iso(day[1]!, day[2]!) : undefined, dated];
}
