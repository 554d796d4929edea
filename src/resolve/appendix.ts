import { applicationDative, toActDative, toActInstrumental } from '../language/act-kinds.js';
import { blankDate, formatDate } from '../language/dates.js';
import { typographText } from '../language/typography.js';
import type { PlanDocument } from '../plan/schema/plan.js';
import type { ResolveContext } from './context.js';

/**
 * «Приложение N / к приказу ГАПОУ «ЧПК» / от 01.10.2020 № 45-о», «Приложение 2 / к распоряжению Министерства … / от …
 * № 1543-р», «Приложение 1 / к заявке …» (number empty when the order has one appendix).
 */
export type AppendixView = {
  readonly number: string;
  /** Only the line «Приложение N», over the stamp «УТВЕРЖДЕНО приказом …» that cites the order (`number`). */
  readonly numberOnly: boolean;
  /** What the document is appended to, in the dative: «приказу», «распоряжению», «заявке». */
  readonly act: string;
  /** Whose act it is («ГАПОУ «ЧПК»», «Министерства …»), or what follows «к заявке»; empty when nothing does. */
  readonly org: string;
  /** The act's date and number; null for an application, which a mark cites without them. */
  readonly date: string | null;
  readonly orderNumber: string | null;
};

/** An order as stamps and marks cite it: its kind in the forms they need, issuer, date and number. */
export type OrderCitation = {
  /** «приказом», «распоряжением»: «УТВЕРЖДЕНО распоряжением …». */
  readonly actBy: string;
  /** «приказу», «распоряжению»: «Приложение 2 к распоряжению …». */
  readonly actTo: string;
  readonly org: string;
  readonly date: string;
  readonly orderNumber: string;
};

/** The order a document is appended to, and the document's number among that order's appendices. */
export function findAppendix(
  id: string,
  ctx: ResolveContext,
): { orderIndex: number; number: string } | undefined {
  for (const [orderIndex, doc] of ctx.plan.documents.entries()) {
    if (doc.type !== 'order' || !doc.appendices?.includes(id)) continue;
    const number = doc.appendices.length === 1 ? '' : String(doc.appendices.indexOf(id) + 1);
    return { orderIndex, number };
  }
  return undefined;
}

/**
 * The requisites of an order by id, as stamps and marks cite it: built from the plan (a «приказ») or listed in
 * `orders:` (of its `kind`).
 */
export function findOrder(id: string, ctx: ResolveContext): OrderCitation | undefined {
  const org = typographText(ctx.plan.organization.short_name ?? ctx.plan.organization.name);
  const existing = ctx.plan.orders && Object.hasOwn(ctx.plan.orders, id) ? ctx.plan.orders[id] : undefined;
  const built = ctx.plan.documents[ctx.ids.indexOf(id)];
  const order = existing ?? (built?.type === 'order' ? built : undefined);
  if (!order) return undefined;
  const kind = existing?.kind ?? 'приказ';
  return {
    actBy: toActInstrumental(kind),
    actTo: toActDative(kind),
    org: existing?.issuer === undefined ? org : typographText(existing.issuer),
    date: order.date === 'blank' ? blankDate() : formatDate(order.date, ctx.dateStyle),
    orderNumber: typographText(order.number),
  };
}

/** The order a document is an appendix to (by its `appendices` or the document's `appendix_to`) and its number. */
function findMark(index: number, ctx: ResolveContext): { orderId: string; number: string } | undefined {
  const doc = ctx.plan.documents[index];
  if (doc?.appendix_to?.order !== undefined)
    return { orderId: doc.appendix_to.order, number: String(doc.appendix_to.number ?? '') };
  const found = findAppendix(ctx.ids[index]!, ctx);
  return found && { orderId: ctx.ids[found.orderIndex]!, number: found.number };
}

/** The appendix mark of a document, per settings.appendix_mark; null when it is no appendix or the style omits it. */
export function resolveAppendixMark(index: number, ctx: ResolveContext): AppendixView | null {
  const application = toApplicationMark(ctx.plan.documents[index]?.appendix_to);
  if (application) return application;
  const mark = findMark(index, ctx);
  const order = mark && findOrder(mark.orderId, ctx);
  if (!mark || !order) return null;
  // By default an approved appendix cites its order once, in the stamp «УТВЕРЖДЕНА приказом … от … № …»; with
  // `number` only «Приложение N» stands over that stamp.
  const style = ctx.plan.settings?.appendix_mark ?? 'utverzhdeno';
  const approved = isApprovedBy(index, mark.orderId, ctx);
  if (approved && style === 'utverzhdeno') return null;
  return {
    number: mark.number,
    numberOnly: approved && style === 'number',
    act: order.actTo,
    org: order.org,
    date: order.date,
    orderNumber: order.orderNumber,
  };
}

/** «Приложение 1 / к заявке на присвоение статуса …» of `appendix_to: { application }`; null for any other mark. */
function toApplicationMark(appendixTo: PlanDocument['appendix_to']): AppendixView | null {
  const application = appendixTo?.application;
  if (application === undefined || appendixTo?.order !== undefined) return null;
  // What follows «к заявке»; «к заявке на …» and «заявка на …» written in full are read the same.
  const rest =
    application === true ? '' : application.trim().replace(/^(?:к\s+)?заявк[аеи](?!\p{L})\s*/iu, '');
  return {
    number: String(appendixTo?.number ?? ''),
    numberOnly: false,
    act: applicationDative,
    org: typographText(rest),
    date: null,
    orderNumber: null,
  };
}

/** Whether a document's approval stamp cites the order it is an appendix to (`approval: { order }`). */
function isApprovedBy(index: number, orderId: string, ctx: ResolveContext): boolean {
  const approval = ctx.plan.documents[index]?.approval;
  return approval !== undefined && 'order' in approval && approval.order === orderId;
}

/** The id of the order a document is an appendix to, if any. */
export function appendedTo(index: number, ctx: ResolveContext): string | undefined {
  return findMark(index, ctx)?.orderId;
}
