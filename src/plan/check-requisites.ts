import { splitSignatureText } from '../language/names.js';
import { text } from '../messages.js';
import { checkPersonRef, withSignatureOrder } from './check-plan.js';
import { matchPerson, shapeOfPersonRef } from './match-person.js';
import type { Acquaintance } from './schema/acquaintance.js';
import type { ElectronicSignature } from './schema/electronic-signature.js';
import type { Plan } from './schema/plan.js';
import type { Visa } from './schema/visas.js';
import type { Report } from './validate.js';

type Path = (string | number)[];

/** Visas of a draft order: each names a person (or «Должность И.О. Фамилия»), once, dated no later than the order. */
export function checkVisas(
  visas: readonly Visa[],
  orderDate: string,
  plan: Plan,
  at: Path,
  report: Report,
): void {
  const seen = new Set<string>();
  visas.forEach((visa, i) => {
    const ref = typeof visa === 'string' ? visa : visa.by;
    const path = typeof visa === 'string' ? [...at, i] : [...at, i, 'by'];
    const key = matchPerson(ref, plan.people);
    if (key === undefined && shapeOfPersonRef(ref) === 'text') {
      if (splitSignatureText(ref) === undefined)
        report(path, withSignatureOrder(text.visaWithoutName(ref), ref));
    } else checkPersonRef(plan, ref, path, report, true);
    const who = key ?? ref;
    if (seen.has(who)) report(path, text.visaTwice(ref));
    seen.add(who);
    const date = typeof visa === 'string' ? undefined : visa.date;
    if (date && /^\d/.test(date) && /^\d/.test(orderDate) && date > orderDate)
      report([...at, i, 'date'], text.visaAfterOrder(date, orderDate));
  });
}

/** The e-signature's certificate: its period runs forward and covers the date of the document it signs. */
export function checkElectronicSignature(
  signature: ElectronicSignature,
  documentDate: string,
  plan: Plan,
  at: Path,
  report: Report,
): void {
  if (signature.owner !== undefined) checkPersonRef(plan, signature.owner, [...at, 'owner'], report, true);
  const { valid_from: from, valid_to: to } = signature;
  if (to < from) report([...at, 'valid_to'], text.certificateReversed(showDate(from), showDate(to)));
  else if (/^\d/.test(documentDate) && (documentDate < from || documentDate > to))
    report(
      [...at, 'valid_from'],
      text.signedOutsideCertificate(showDate(documentDate), showDate(from), showDate(to)),
    );
}

/** A «Лист ознакомления» lists people of the plan (their names and positions are printed) or blank rows. */
export function checkAcquaintance(acquaintance: Acquaintance, plan: Plan, at: Path, report: Report): void {
  acquaintance.people?.forEach((ref, i) => {
    checkPersonRef(plan, ref, [...at, 'people', i], report, true);
  });
  checkAcquaintedOnce(acquaintance.people ?? [], plan, [...at, 'people'], report);
  if (!acquaintance.people?.length && !acquaintance.blank_rows) report(at, text.acquaintanceEmpty);
}

/** Each person signs that they read a document once: by key or by name, a second line for them is an error. */
export function checkAcquaintedOnce(refs: readonly string[], plan: Plan, at: Path, report: Report): void {
  const seen = new Set<string>();
  refs.forEach((ref, i) => {
    const who = matchPerson(ref, plan.people) ?? ref;
    if (seen.has(who)) report([...at, i], text.acquaintedTwice(ref));
    seen.add(who);
  });
}

/** 2020-10-01 → 01.10.2020, as the user wrote it in the plan. */
function showDate(iso: string): string {
  return iso.split('-').reverse().join('.');
}
