import { declineName, type GrammaticalCase } from '../language/declension.js';
import { type PersonName, parsePersonName, toFullName } from '../language/names.js';
import { text } from '../messages.js';
import type { Plan } from './schema/plan.js';
import { countEdits } from './suggest.js';
import type { Report } from './validate.js';

const caseNames: Readonly<Record<string, string>> = {
  genitive: 'родительном',
  dative: 'дательном',
  accusative: 'винительном',
  instrumental: 'творительном',
};

/**
 * A person's explicit case form (`cases`) that names someone else than `name`: the form is printed as it is, so a
 * form left from last year's plan under a renamed person («name: Орлова Екатерина Дмитриевна» with «accusative:
 * Спиридонову Анну Владимировну») prints the previous holder in the order while every other place names the new
 * one. Reported at the form, with the form gramota would build itself.
 */
export function checkCaseForms(plan: Plan, report: Report): void {
  for (const [key, person] of Object.entries(plan.people ?? {})) {
    for (const [gcase, form] of Object.entries(person.cases ?? {})) {
      if (form === undefined || namesSamePerson(person.name, form, gcase as GrammaticalCase)) continue;
      const own = toFullName(declineName(parsePersonName(person.name), gcase as GrammaticalCase));
      report(
        ['people', key, 'cases', gcase],
        text.caseFormOtherPerson(form, person.name, caseNames[gcase] ?? gcase, own),
      );
    }
  }
}

/**
 * Whether a case form is a form of the name: its initials (the first letters of the first name and patronymic,
 * which declension keeps) are the name's, and its surname starts with the same letter and is a few letters from
 * the surname or its automatic form — endings and a fleeting vowel («Лев» → «Льва», «Орёл» → «Орла») differ.
 */
export function namesSamePerson(name: string, form: string, gcase: GrammaticalCase): boolean {
  const own = parsePersonName(name);
  const written = parsePersonName(form);
  if (!isSameInitials(own, written)) return false;
  const last = fold(written.last);
  const candidates = [own.last, declineName(own, gcase).last].map(fold);
  const limit = Math.max(3, Math.floor(last.length / 3));
  return candidates.some((c) => c[0] === last[0] && countEdits(c, last) <= limit);
}

function isSameInitials(a: PersonName, b: PersonName): boolean {
  const letters = (name: PersonName) => name.initials.replace(/\./g, '').toLowerCase().replace(/ё/g, 'е');
  const [x, y] = [letters(a), letters(b)];
  const shared = Math.min(x.length, y.length);
  return x.slice(0, shared) === y.slice(0, shared);
}

function fold(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е');
}
