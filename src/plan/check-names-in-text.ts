import { declinePerson, type GrammaticalCase } from '../language/declension.js';
import { parsePersonName, toSurnameInitials } from '../language/names.js';
import { findNamesInText, type NameInText } from '../language/names-in-text.js';
import { text } from '../messages.js';
import { findNamedPeople, fold, indexPeopleNames, type PeopleNames } from './person-forms.js';
import type { Person, Plan } from './schema/plan.js';
import { forEachTypedText } from './typed-texts.js';
import type { Report } from './validate.js';
import { ownFolder, variantFolder } from './variants.js';

type People = Readonly<Record<string, Person>>;

const cases: readonly GrammaticalCase[] = ['nominative', 'genitive', 'dative', 'accusative', 'instrumental'];
/** The end of a text before a name where a position stands right before it, at a phrase start. */
const phraseStart = /(?:^|[,:;(—–]\s*|\d\.\s*)$/u;
/**
 * Words before a name, in its phrase, that say it is someone outside the organisation: an editor or author of a
 * cited work, a minister, a governor («министр просвещения Российской Федерации С.С. Кравцов»).
 */
const outsider =
  /(?:ред\.|редакци\p{L}*|авт\.|автор\p{L}*|составител\p{L}*|министр\p{L}*|губернатор\p{L}*|президент\p{L}*|депутат\p{L}*|глав[аыеуо]\p{L}* (?:администрации|города|района|региона|муниципального))[^.;:!?]*$/iu;

/**
 * A name typed in the documents' text («Заместителю директора по УМР Спиридоновой А.В.:», «Купин Юрий Николаевич
 * – инженер») that names nobody in `people`: what the «edit last year's plan» workflow leaves behind when a person
 * is renamed or replaced — the fields naming people follow `people`, the typed text does not. A warning (the text
 * may name someone from outside: an author, a guest), saying who in `people` holds the position written before
 * the name. Person fields (`person`, `responsible`, `by`…) are checked as references, not here. A network project's
 * document that only some organisations get (`only_for`) may name their people too: a partner's own order, its head;
 * a person of the plan's own people there whom such a partner replaces is check-variant-texts.ts's to tell.
 */
export function checkNamesInText(plan: Plan, report: Report): void {
  const indexes = new Map<string, { people: People; index: PeopleNames }[]>();
  const baseIndex = indexPeopleNames(plan.people);
  forEachTypedText(plan.documents, (value, at) => {
    const names = findNamesInText(value);
    if (names.length === 0) return;
    const folders = plan.documents[at[1] as number]?.only_for;
    const key = folders?.join(' ') ?? '';
    if (!indexes.has(key))
      indexes.set(
        key,
        listPrintingPeople(plan, folders).map((people) => ({ people, index: indexPeopleNames(people) })),
      );
    const printing = indexes.get(key)!;
    for (const name of names) {
      if (printing.some(({ index }) => findNamedPeople(index, name).length > 0)) continue;
      // A person of the plan's own people whom a partner printing the text replaces: check-variant-texts.ts says so.
      if (folders !== undefined && findNamedPeople(baseIndex, name).length > 0) continue;
      if (outsider.test(value.slice(Math.max(0, name.index - 80), name.index))) continue;
      const holder = printing
        .map(({ people }) => findPositionHolder(value, name, people))
        .find((found) => found !== undefined);
      report(
        [...at],
        holder === undefined
          ? text.unknownNameInText(name.written.trim())
          : text.unknownNameAtPosition(name.written.trim(), holder.position, holder.key, holder.name),
      );
    }
  });
}

/**
 * The people of each organisation that prints a document: the plan's, or, for a network project's document with
 * `only_for`, those of the organisations it names (a variant's added to the plan's, as variants.ts does).
 */
function listPrintingPeople(plan: Plan, folders: readonly string[] | undefined): People[] {
  const own = plan.people ?? {};
  if (folders === undefined || plan.variants === undefined) return [own];
  const partners = plan.variants.filter((variant) => folders.includes(variantFolder(variant)));
  return [
    ...(folders.includes(ownFolder(plan)) ? [own] : []),
    ...partners.map((variant) => ({ ...own, ...variant.people })),
  ];
}

/**
 * The person of `people` whose position, in some case, the text has right before the name, starting a phrase
 * («Заместителю директора по УМР Спиридоновой», «…, заместителю директора по УМР Спиридоновой»): not the «директора»
 * of «заместителю директора».
 */
function findPositionHolder(
  value: string,
  name: NameInText,
  people: People,
): { key: string; position: string; name: string } | undefined {
  const before = fold(value.slice(Math.max(0, name.index - 160), name.index)).replace(/[\s\u00A0]+/g, ' ');
  let best: { key: string; position: string; name: string; length: number } | undefined;
  for (const [key, person] of Object.entries(people)) {
    if (person.position === undefined) continue;
    for (const gcase of cases) {
      const form = fold(declinePerson(person, gcase).position ?? '');
      if (form === '' || !before.endsWith(`${form} `)) continue;
      if (!phraseStart.test(before.slice(0, before.length - form.length - 1))) continue;
      if (best === undefined || form.length > best.length)
        best = {
          key,
          position: person.position,
          name: toSurnameInitials(parsePersonName(person.name)).replace(/\u00A0/g, ' '),
          length: form.length,
        };
    }
  }
  return best;
}
