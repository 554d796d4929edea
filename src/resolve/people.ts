import { parsePersonName, toInitialsSurname, toSurnameInitials } from '../language/names.js';
import { typographText } from '../language/typography.js';
import { matchPerson } from '../plan/match-person.js';
import type { Person } from '../plan/schema/plan.js';
import type { ResolveContext } from './context.js';

/** How a name is shown: «Алейкина Г.В.» in tables, «Г.В. Алейкина» in stamps and signatures. */
export type NameForm = 'table' | 'signature';

/** The person a reference names: by key or by name as written in people (validation rejected the rest). */
export function findPerson(ref: string, ctx: ResolveContext): Person | undefined {
  const key = matchPerson(ref, ctx.plan.people);
  return key === undefined ? undefined : ctx.plan.people?.[key];
}

/** One person reference: a key of `people` shown in the given form, or free text as written. */
export function showPerson(ref: string, ctx: ResolveContext, form: NameForm): string {
  const person = findPerson(ref, ctx);
  if (!person) return typographText(ref);
  const name = parsePersonName(person.name);
  return form === 'table' ? toSurnameInitials(name) : toInitialsSurname(name);
}

/** Several references joined with commas («Спиридонова А.В., Бушина М.Б.»). */
export function showPeople(refs: string | readonly string[], ctx: ResolveContext, form: NameForm): string {
  return [refs]
    .flat()
    .map((ref) => showPerson(ref, ctx, form))
    .join(', ');
}
