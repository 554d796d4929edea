import { toActInstrumental } from '../language/act-kinds.js';
import { approvalWord } from '../language/approval-word.js';
import { blankDate, formatDate } from '../language/dates.js';
import { toLineStart } from '../language/line-start.js';
import { splitSignatureText } from '../language/names.js';
import { typographText } from '../language/typography.js';
import type { Agreement, Agreements, Approval } from '../plan/schema/stamps.js';
import { findOrder } from './appendix.js';
import type { ResolveContext } from './context.js';
import { findPerson, showPerson } from './people.js';

/** The parts of a stamp; templates own the wording (УТВЕРЖДАЮ, протокол от …). Exactly one form is set. */
export type StampView = {
  readonly byPerson: {
    /** СОГЛАСОВАНО, ПРИНЯТО … for an agreement; null for an approval (the template writes УТВЕРЖДАЮ). */
    readonly word: string | null;
    readonly position: string | null;
    readonly signature: string;
    /** null: `date: none`, a stamp without a date line. */
    readonly date: string | null;
  } | null;
  readonly byOrder: {
    readonly word: string;
    /** «приказом», «распоряжением»: the kind of the act that approves. */
    readonly act: string;
    readonly org: string;
    readonly date: string;
    readonly number: string;
  } | null;
  readonly byCouncil: {
    readonly word: string;
    /** «УЧТЕНО МНЕНИЕ педагогического совета …»: the council follows the word directly, with no «на заседании». */
    readonly opinion: boolean;
    readonly council: string;
    readonly org: string;
    readonly protocol: { readonly date: string; readonly number: string } | null;
  } | null;
};

/** The stamps row: СОГЛАСОВАНО (one or several, stacked) on the left, the approval on the right, each block at most `widthMm` wide. */
export type StampsView = {
  readonly left: readonly StampView[] | null;
  readonly right: StampView | null;
  readonly widthMm: number;
};

export function resolveStamps(
  doc: { title: string; approval?: Approval | undefined; agreement?: Agreements | undefined },
  ctx: ResolveContext,
): StampsView | null {
  if (!doc.approval && !doc.agreement) return null;
  const agreements = doc.agreement === undefined ? [] : [doc.agreement].flat();
  return {
    left: agreements.length
      ? agreements.map((agreement) => resolveStamp(agreement, agreement.word ?? 'СОГЛАСОВАНО', ctx))
      : null,
    right: doc.approval ? resolveStamp(doc.approval, approvalWord(doc.title), ctx) : null,
    widthMm: ctx.requisiteWidthMm,
  };
}

function resolveStamp(stamp: Approval | Agreement, word: string, ctx: ResolveContext): StampView {
  const none = { byPerson: null, byOrder: null, byCouncil: null };
  const org = tieShortName(typographText(ctx.plan.organization.short_name ?? ctx.plan.organization.name));
  const date = (d: string | undefined) =>
    d === 'none' ? null : d === undefined || d === 'blank' ? blankDate() : formatDate(d, ctx.dateStyle);
  if ('order' in stamp) {
    const order = findOrder(stamp.order, ctx);
    return {
      ...none,
      byOrder: {
        word,
        act: order?.actBy ?? toActInstrumental('приказ'),
        org: order ? tieShortName(order.org) : org,
        date: order?.date ?? '',
        number: order?.orderNumber ?? '',
      },
    };
  }
  if (!('council' in stamp)) {
    const by = stamp.by ?? ctx.plan.organization.head ?? '';
    const personWord = word.startsWith('УТВЕРЖД') ? null : word;
    return { ...none, byPerson: { word: personWord, ...signatory(by, org, ctx), date: date(stamp.date) } };
  }
  const protocol = stamp.protocol
    ? { date: formatDate(stamp.protocol.date, ctx.dateStyle), number: typographText(stamp.protocol.number) }
    : null;
  const opinion = word === 'УЧТЕНО МНЕНИЕ';
  return { ...none, byCouncil: { word, opinion, council: typographText(stamp.council), org, protocol } };
}

/** Longest organization name a stamp keeps on one line: a short name («ГБПОУ СО «ТСПК»», «МБОУ Школа № 14 г.о. Самара»). */
const shortNameLength = 30;

/** A short organization name is not broken between lines of a stamp («ГБПОУ / СО «ТСПК»»); a full name is. */
function tieShortName(name: string): string {
  return name.length <= shortNameLength ? name.replace(/ /g, '\u00A0') : name;
}

/** Position line and «Г.В. Алейкина» of a person key, or the parts of a free text «Должность И.О. Фамилия». */
function signatory(
  ref: string,
  org: string,
  ctx: ResolveContext,
): { position: string | null; signature: string } {
  const person = findPerson(ref, ctx);
  if (person) {
    const position = person.position
      ? typographText(toLineStart(withOrganization(person.position, org)))
      : null;
    return { position, signature: showPerson(ref, ctx, 'signature') };
  }
  const split = splitSignatureText(ref);
  if (split) return { position: typographText(toLineStart(split.position)), signature: split.name };
  return { position: typographText(ref), signature: '' };
}

/** Words by which a position already names an organization: «Директор школы», «Заведующий МБДОУ № 5». */
const namesOrganization =
  /(школ|гимнази|лице[йяю]|колледж|техникум|училищ|учреждени|детск\S* сад|«|\p{Lu}*ОУ(?!\p{L})|СОШ|ООШ)/u;

/**
 * «Директор» → «Директор ГАПОУ «ЧПК»»: a stamp names the organization unless the position already does, by those
 * words or by the first word of the name in any case: «Председатель Комитета по образованию» of the «Комитет по
 * образованию» is not followed by it again.
 */
function withOrganization(position: string, org: string): string {
  const first = org.split(/[\s\u00A0]/)[0]!.toLowerCase();
  const stem = first.length >= 6 ? first.slice(0, -2) : first;
  const named = /^\p{L}+$/u.test(first) && position.toLowerCase().includes(stem);
  return position.includes(org) || named || namesOrganization.test(position)
    ? position
    : `${position} ${org}`;
}
