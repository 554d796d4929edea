import { formatDate } from '../language/dates.js';
import { typographText } from '../language/typography.js';
import type { ElectronicSignature } from '../plan/schema/electronic-signature.js';
import type { ResolveContext } from './context.js';
import { findPerson } from './people.js';

/** The mark «ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ» (ГОСТ Р 7.0.97): certificate, owner, validity. */
export type ElectronicMarkView = {
  readonly certificate: string;
  /** The owner's full name as the certificate gives it: «Алейкина Галина Викторовна». */
  readonly owner: string;
  readonly validFrom: string;
  readonly validTo: string;
};

/** `signer` is the person who signs when the plan names no owner of the certificate. */
export function resolveElectronicMark(
  signature: ElectronicSignature,
  signer: string,
  ctx: ResolveContext,
): ElectronicMarkView {
  const ref = signature.owner ?? signer;
  return {
    certificate: signature.certificate.trim().toLocaleUpperCase('en'),
    owner: typographText(findPerson(ref, ctx)?.name ?? ref),
    validFrom: formatDate(signature.valid_from, 'numeric'),
    validTo: formatDate(signature.valid_to, 'numeric'),
  };
}
