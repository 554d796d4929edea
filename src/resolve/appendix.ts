import { blankDate, formatDate } from '../language/dates.js';
import { typographText } from '../language/typography.js';
import type { ResolveContext } from './context.js';

/** «Приложение N / к приказу ГАПОУ «ЧПК» / от 01.10.2020 № 45-о» (number empty when the order has one appendix). */
export type AppendixView = {
  readonly number: string;
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

/** The appendix mark of a document, per settings.appendix_mark; null when it is no appendix or the style omits it. */
export function resolveAppendixMark(index: number, ctx: ResolveContext): AppendixView | null {
  const id = ctx.ids[index]!;
  const found = findAppendix(id, ctx);
  const order = found && ctx.plan.documents[found.orderIndex];
  if (!found || order?.type !== 'order') return null;
  const approval = ctx.plan.documents[index]?.approval;
  const approvedByIt =
    approval !== undefined && 'order' in approval && approval.order === ctx.ids[found.orderIndex];
  if (approvedByIt && ctx.plan.settings?.appendix_mark === 'utverzhdeno') return null;
  return {
    number: found.number,
    org: typographText(ctx.plan.organization.short_name ?? ctx.plan.organization.name),
    date: order.date === 'blank' ? blankDate() : formatDate(order.date, ctx.dateStyle),
    orderNumber: typographText(order.number),
  };
}
