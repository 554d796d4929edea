import { parsePersonName, toSurnameInitials } from '../language/names.js';
import { findNamesInText } from '../language/names-in-text.js';
import { text } from '../messages.js';
import { documentIds } from './document-ids.js';
import type { Path } from './list-items.js';
import { findNamedPeople, indexPeopleNames, type PeopleNames } from './person-forms.js';
import type { Person, Plan, PlanDocument, Variant } from './schema/plan.js';
import { forEachTypedText } from './typed-texts.js';
import type { Report } from './validate.js';
import { leftOut, ownFolder, variantFolder } from './variants.js';

type Partner = {
  readonly folder: string;
  /** The ids of the documents it does not get (leave_out, only_for): their texts are not printed in its folder. */
  readonly left: ReadonlySet<string>;
  /** The keys of the plan's people this organisation replaces, with the name of its own person. */
  readonly replaced: ReadonlyMap<string, string>;
  readonly index: PeopleNames;
};

/**
 * A network project (docs/format.md, «Сетевой проект»): every partner prints the plan's typed text as it is, so a
 * text naming a person some partner replaces in its `people` («Руководителю рабочей группы Ивановой М.С.» where the
 * school has its own head of the group), or naming the plan's own organisation («уставом МБДОУ детский сад № 47»),
 * names the base organisation's people and name in the partner's documents. A warning at the text for each
 * partner that prints it (not one whose `leave_out` names the document, or one its `only_for` does not): the text
 * may mean the base organisation on purpose (a network coordinator, a partner named); a document that is the base
 * organisation's alone (its passport) the message tells to give only to it or to leave out. A document with
 * `only_for` is printed by those organisations alone: the advice takes one from its list instead, a document of one
 * partner alone is told to name that partner's own person, and the base organisation's name in a document the base
 * does not get is no warning (the partners' own document naming the network's base). The key `person` is advised
 * only in an order's clause, the one place it exists.
 */
export function checkVariantTexts(plan: Plan, report: Report): void {
  const { variants, people } = plan;
  if (variants === undefined || variants.length === 0) return;
  const partners = variants.map((variant) => toPartner(plan, variant));
  const ids = documentIds(plan);
  const folder = ownFolder(plan);
  const own = plan.organization.short_name ?? plan.organization.name;
  const ownKey = normalize(own);
  const ownStart = own.split(/\s/)[0] ?? own;
  let baseIndex: PeopleNames | undefined;
  forEachTypedText(plan.documents, (value, at) => {
    const i = at[1] as number;
    const id = ids[i]!;
    const onlyFor = plan.documents[i]!.only_for;
    const place = { id, own: folder, onlyFor, clause: isClauseText(plan.documents[i]!, at) };
    const printing = partners.filter((partner) => !partner.left.has(id));
    // A document the base organisation does not get is the partners' own: naming the base there is on purpose.
    const baseGets = onlyFor === undefined || onlyFor.includes(folder);
    if (baseGets && value.includes(ownStart) && normalize(value).includes(ownKey))
      for (const partner of printing) report([...at], text.baseNameInVariant(partner.folder, own, place));
    const names = findNamesInText(value);
    if (names.length === 0) return;
    baseIndex ??= indexPeopleNames(people);
    for (const name of names) {
      const keys = findNamedPeople(baseIndex, name);
      for (const partner of printing) {
        const key = keys.find((k) => partner.replaced.has(k));
        if (key === undefined || findNamedPeople(partner.index, name).length > 0) continue;
        report(
          [...at],
          text.replacedPersonInVariant(
            partner.folder,
            name.written.trim(),
            { key, holder: partner.replaced.get(key)! },
            place,
          ),
        );
      }
    }
  });
}

function toPartner(plan: Plan, variant: Variant): Partner {
  const people: Readonly<Record<string, Person>> = plan.people ?? {};
  const own = variant.people;
  const replaced = new Map<string, string>();
  for (const [key, person] of Object.entries(own ?? {}))
    if (Object.hasOwn(people, key) && people[key]!.name !== person.name)
      replaced.set(key, toSurnameInitials(parsePersonName(person.name)).replace(/\u00A0/g, ' '));
  const index = indexPeopleNames({ ...people, ...own });
  return { folder: variantFolder(variant), left: leftOut(plan, variant), replaced, index };
}

/**
 * Whether a typed text is an order's clause (a clause itself or its `text`, at any depth), where a person can be
 * named by key (`person:`); elsewhere — a list in a clause, a paragraph, a roadmap's cell — there is no such key.
 */
function isClauseText(doc: PlanDocument, at: Path): boolean {
  if (doc.type !== 'order') return false;
  const rest = at.slice(2);
  const last = rest.at(-1) === 'text' ? rest.length - 1 : rest.length;
  return (
    last > 0 &&
    rest.slice(0, last).every((key, n) => (n % 2 === 0 ? key === 'clauses' : typeof key === 'number'))
  );
}

/** Quotes of any kind alike, spaces collapsed: «…», "…" and „…“ are one name. */
function normalize(s: string): string {
  return s.replace(/[«»„“”"]/g, '"').replace(/[\s\u00A0]+/g, ' ');
}
