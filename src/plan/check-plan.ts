import { splitSignatureText, toSignatureOrder } from '../language/names.js';
import { text } from '../messages.js';
import { isExistingOrder } from './check-orders.js';
import { documentIds } from './document-ids.js';
import { findNamesakes, matchPerson, shapeOfPersonRef } from './match-person.js';
import { findNearPerson, isUndottedName } from './near-person.js';
import type { Plan } from './schema/plan.js';
import type { Agreement, Approval } from './schema/stamps.js';
import { suggest } from './suggest.js';
import { describeUnknownPerson } from './unknown-person.js';
import type { Report } from './validate.js';

/** Checks that concern the whole plan: the head, document ids, stamps' references. */
export function checkPlan(plan: Plan, report: Report): void {
  const head = plan.organization.head;
  if (head !== undefined) {
    checkPersonRef(plan, head, ['organization', 'head'], report, true);
    checkSignatoryPosition(plan, head, ['organization', 'head'], report);
  }
  if (needsShortName(plan)) report(['organization', 'name'], text.shortNameMissing);
  plan.documents.forEach((doc, i) => {
    if ('show_organization' in doc && doc.show_organization === 'both' && !plan.organization.short_name)
      report(['documents', i, 'show_organization'], text.showBothWithoutShortName);
    const approval = doc.approval;
    if (approval && 'council' in approval)
      checkCouncilWithoutOrganization(
        plan,
        approval.council,
        ['documents', i, 'approval', 'council'],
        report,
      );
    if (approval && isByPerson(approval)) {
      if (approval.by !== undefined)
        checkSignatoryRef(plan, approval.by, ['documents', i, 'approval', 'by'], report);
      else if (head === undefined) report(['documents', i, 'approval'], text.noHead);
    }
    if (approval && 'order' in approval)
      checkOrderRef(plan, approval.order, ['documents', i, 'approval', 'order'], report);
    const agreements = doc.agreement === undefined ? [] : [doc.agreement].flat();
    agreements.forEach((agreement, j) => {
      const at = Array.isArray(doc.agreement)
        ? ['documents', i, 'agreement', j]
        : ['documents', i, 'agreement'];
      if ('council' in agreement)
        checkCouncilWithoutOrganization(plan, agreement.council, [...at, 'council'], report);
      if (!isByPerson(agreement)) return;
      if (agreement.by === undefined) report(at, text.agreementWithoutPerson);
      else checkSignatoryRef(plan, agreement.by, [...at, 'by'], report);
    });
  });
}

/** A full name longer than this is no short name: «ГБПОУ «Колледж»» may stand in a stamp as it is, a full one not. */
const shortNameLength = 40;

/**
 * Whether the stamps need a short name the plan lacks: a stamp names the organization after the position of a person
 * of the plan, after a council or after «приказом» of the plan's own order («Директор ГАПОУ «ЧПК»»), where a full
 * name would stand undeclined and fill the stamp. A stamp signed by free text («Директор МБОУ … И.О. Фамилия») prints
 * the text as it is.
 */
function needsShortName(plan: Plan): boolean {
  const { name, short_name: short, head } = plan.organization;
  if (short !== undefined || name.length <= shortNameLength) return false;
  const namesOrganization = (stamp: Approval | Agreement) => {
    if ('council' in stamp) return true;
    if ('order' in stamp) return !isExistingOrder(plan, stamp.order);
    const by = stamp.by ?? head;
    return by !== undefined && plan.people?.[by] !== undefined;
  };
  return plan.documents.some((doc) =>
    [doc.approval ?? [], doc.agreement ?? []].flat().some(namesOrganization),
  );
}

/** A stamp signed by a person: neither by an order nor by a council. */
export function isByPerson<T extends object>(stamp: T): stamp is Extract<T, { by?: string | undefined }> {
  return !('order' in stamp) && !('council' in stamp);
}

/**
 * A person field takes a key of `people` or the person's name as written there (FORMAT.md, «Ссылки на людей»).
 * A key-like or name-like value that names nobody is an error, and so is text that almost names a person (a dot
 * left out, a surname one letter off: near-person.ts); other free text passes unless `required`.
 */
export function checkPersonRef(
  plan: Plan,
  value: string,
  path: (string | number)[],
  report: Report,
  required = false,
): void {
  if (matchPerson(value, plan.people) !== undefined) return;
  const namesakes = findNamesakes(value, plan.people);
  if (namesakes.length > 0) {
    const named = namesakes.map((key) => `${key} (${plan.people?.[key]?.name ?? ''})`);
    report(path, text.personNamesakes(value, named));
    return;
  }
  const keys = splitKeyList(value);
  if (keys !== undefined) {
    report(path, text.personKeysInText(value, `[${keys.join(', ')}]`));
    return;
  }
  const near = findNearPerson(value, plan.people);
  if (near !== undefined) {
    const named = (key: string) => `${key} (${plan.people?.[key]?.name ?? ''})`;
    report(
      path,
      near.kind === 'dot'
        ? text.personNameWithoutDot(value, named(near.key))
        : text.personSurnameNear(value, near.keys.map(named)),
    );
    return;
  }
  // «Петров П.П», a name with its last dot left out, is a name that must be in people as «Петров П.П.» must.
  const shape = isUndottedName(value) ? 'name' : shapeOfPersonRef(value);
  if (shape === 'text' && !required) return;
  report(
    path,
    describeUnknownPerson(value, shape, plan.people),
    false,
    shape === 'key' ? { unknownPersonKey: value } : undefined,
  );
}

/**
 * Several people written as one text, «ivanova, petrova» (or «ivanova и petrova»): the parts, when one of them is a
 * Latin word, which the document would print as it is. Names and free text around commas are left alone («Иванова
 * М.С., классные руководители» prints well).
 */
function splitKeyList(value: string): string[] | undefined {
  const parts = value
    .split(/\s*[,;]\s*|\s+и\s+/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return parts.length > 1 && parts.some((part) => shapeOfPersonRef(part) === 'key') ? parts : undefined;
}

/**
 * A person the order declines (control, the appointed person), written as text that ends with the name of someone
 * in people — «заместитель директора Иванова М.С.», «старший методист Лебедева»: free text is printed as written,
 * so the order would read «возложить на заместитель директора Иванова М.С.». Text in the right case names nobody
 * as written in people («заместителя директора Иванову М.С.») and passes.
 */
export function checkDeclinedPersonRef(
  plan: Plan,
  value: string,
  path: (string | number)[],
  report: Report,
): void {
  if (matchPerson(value, plan.people) !== undefined || shapeOfPersonRef(value) !== 'text') return;
  const words = value.trim().split(/\s+/);
  for (const size of [3, 2, 1]) {
    if (words.length <= size) continue;
    const key = matchPerson(words.slice(-size).join(' '), plan.people);
    if (key !== undefined) {
      report(path, text.personInText(value, key));
      return;
    }
  }
}

/** A stamp's `by`: a person, or free text «Должность И.О. Фамилия» that ends with the name to sign above. */
function checkSignatoryRef(plan: Plan, value: string, path: (string | number)[], report: Report): void {
  const isText = matchPerson(value, plan.people) === undefined && shapeOfPersonRef(value) === 'text';
  if (isText && splitSignatureText(value) === undefined)
    report(path, withSignatureOrder(text.stampWithoutName(value), value));
  else checkPersonRef(plan, value, path, report);
  checkSignatoryPosition(plan, value, path, report);
}

/**
 * A person of `people` who signs — an order, a stamp — needs a position: a signature is «Должность  И.О. Фамилия»
 * (GOST R 7.0.97), and without one the line would start with a blank.
 */
export function checkSignatoryPosition(
  plan: Plan,
  value: string,
  path: (string | number)[],
  report: Report,
): void {
  const key = matchPerson(value, plan.people);
  if (key !== undefined && !plan.people?.[key]?.position) report(path, text.signatoryWithoutPosition(key));
}

/** A document id must name a document of the plan; returns whether it does. */
export function checkDocumentRef(
  plan: Plan,
  value: string,
  path: (string | number)[],
  report: Report,
): boolean {
  const ids = documentIds(plan);
  if (ids.includes(value)) return true;
  // An id two documents share is reported as taken; suggesting it would point the reference at the wrong one.
  const hint = suggest(
    value,
    ids.filter((id) => ids.indexOf(id) === ids.lastIndexOf(id)),
  );
  report(path, text.unknownDocument(value) + (hint ? `; ${text.didYouMean(hint)}` : ''));
  return false;
}

function checkOrderRef(plan: Plan, value: string, path: (string | number)[], report: Report): void {
  if (isExistingOrder(plan, value)) return;
  const ids = documentIds(plan);
  if (!ids.includes(value) && plan.orders !== undefined) {
    const hint = suggest(value, [...ids, ...Object.keys(plan.orders)]);
    report(path, text.unknownOrderAnywhere(value) + (hint ? `; ${text.didYouMean(hint)}` : ''));
    return;
  }
  // With no `orders` at all and no id like it to suggest, the message shows how an order outside the plan is written.
  if (!ids.includes(value) && suggest(value, ids) === undefined) {
    report(path, text.unknownOrderNoOrders(value));
    return;
  }
  if (!checkDocumentRef(plan, value, path, report)) return;
  if (plan.documents[ids.indexOf(value)]?.type !== 'order') report(path, text.notAnOrder(value));
}

/**
 * The council's name without the organisation's: the stamp adds it after the council («педагогического совета
 * ГБПОУ «СТПТ»»), so «council: Студенческого совета ГБПОУ «СТПТ»» would print the organisation twice.
 */
function checkCouncilWithoutOrganization(
  plan: Plan,
  council: string,
  at: (string | number)[],
  report: Report,
): void {
  const plain = (s: string) => s.replace(/[\s\u00A0]+/g, ' ').trim();
  const { name, short_name: short } = plan.organization;
  // A name of its own: quoted («СТПТ») or an abbreviation (МБОУ), not a word a council's name may hold («колледжа»).
  const isProper = (n: string) => /«.+»|\p{Lu}{2,}/u.test(n);
  const named = [short, name].find(
    (n) => n !== undefined && isProper(n) && plain(council).includes(plain(n)),
  );
  if (named !== undefined) report(at, text.councilWithOrganization(named));
}

/** The message, and what the text would be with the initials before the surname, when it is written surname first. */
export function withSignatureOrder(message: string, ref: string): string {
  const ordered = toSignatureOrder(ref);
  return ordered === undefined ? message : `${message}; ${text.didYouMean(ordered)}`;
}
