import { formatDate } from '../language/dates.js';
import { toLineStart } from '../language/line-start.js';
import { splitSignatureText } from '../language/names.js';
import { typographText } from '../language/typography.js';
import type { Visa } from '../plan/schema/visas.js';
import type { ResolveContext } from './context.js';
import { findPerson, showPerson } from './people.js';

/** A visa (виза, ГОСТ Р 7.0.97): the position, the signature line, «И.О. Фамилия» and the date of the visa. */
export type VisaView = {
  readonly position: string;
  readonly name: string;
  /** null: `date: none`, a visa without a date line. */
  readonly date: string | null;
};

/** The date line a visa leaves for the hand, in the digital form of the visa's date. */
export const blankVisaDate = '____.____.20___';

export function resolveVisas(visas: readonly Visa[], ctx: ResolveContext): VisaView[] {
  return visas.map((visa) => {
    const ref = typeof visa === 'string' ? visa : visa.by;
    const date = typeof visa === 'string' ? undefined : visa.date;
    return {
      ...toSignatory(ref, ctx),
      date:
        date === 'none'
          ? null
          : date === undefined || date === 'blank'
            ? blankVisaDate
            : formatDate(date, 'numeric'),
    };
  });
}

/** A person of the plan, or the parts of a free text «Юрисконсульт И.И. Иванов» (validation rejected the rest). */
function toSignatory(ref: string, ctx: ResolveContext): { position: string; name: string } {
  const person = findPerson(ref, ctx);
  if (person)
    return {
      position: typographText(toLineStart(person.position ?? '')),
      name: showPerson(ref, ctx, 'signature'),
    };
  const split = splitSignatureText(ref);
  return split
    ? { position: typographText(toLineStart(split.position)), name: split.name }
    : { position: '', name: typographText(ref) };
}
