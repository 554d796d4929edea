import { typographText } from '../language/typography.js';
import type { PlanDocument } from '../plan/schema/plan.js';
import { type AppendixView, appendedTo, resolveAppendixMark } from '../resolve/appendix.js';
import type { ResolveContext } from '../resolve/context.js';
import { resolveStamps, type StampsView } from '../resolve/stamps.js';
import { toFreeDocumentView } from './document/view.js';
import { toOrderView } from './order/view.js';
import { toPassportView } from './passport/view.js';
import { toRegulationView } from './regulation/view.js';
import { toRoadmapView } from './roadmap/view.js';
import { toScheduleView } from './schedule/view.js';

/** A resolved document: which template renders it and the plain view it gets. */
export type DocumentView = {
  readonly id: string;
  readonly title: string;
  readonly template: string;
  readonly view: unknown;
};

/** What every document's first page may carry: the appendix mark, the approval and agreement stamps. */
export type HeadView = {
  readonly author: string;
  readonly orientation: 'portrait' | 'landscape';
  /** Width of requisite blocks (stamps, the appendix mark): 75 mm, or 80 mm under GOST 2025. */
  readonly requisiteWidthMm: number;
  readonly appendix: AppendixView | null;
  readonly stamps: StampsView | null;
};

/**
 * settings.appendix_mark «prilozhenie»: an appendix shows only «Приложение N к приказу …», not also the stamp
 * «УТВЕРЖДЕНО приказом …» of the same order.
 */
function withoutOrderStamp(
  stamps: StampsView | null,
  doc: PlanDocument,
  index: number,
  ctx: ResolveContext,
): StampsView | null {
  const approval = doc.approval;
  if (!stamps || ctx.plan.settings?.appendix_mark !== 'prilozhenie' || !approval || !('order' in approval))
    return stamps;
  if (appendedTo(index, ctx) !== approval.order) return stamps; // approved by an order it is no appendix of
  return stamps.left ? { ...stamps, right: null } : null;
}

/** Stage 3 per document: each kind is a schema, a view resolver and a template of the same name. */
export function toDocumentView(doc: PlanDocument, index: number, ctx: ResolveContext): DocumentView {
  const id = ctx.ids[index] ?? doc.type;
  const org = ctx.plan.organization;
  const head: HeadView = {
    author: typographText(org.short_name ?? org.name),
    orientation:
      doc.orientation ?? (doc.type === 'roadmap' || doc.type === 'schedule' ? 'landscape' : 'portrait'),
    requisiteWidthMm: ctx.requisiteWidthMm,
    appendix: resolveAppendixMark(index, ctx),
    stamps: withoutOrderStamp(resolveStamps(doc, ctx), doc, index, ctx),
  };
  const make = (view: object) => ({ id, title: doc.title, template: doc.type, view: { ...head, ...view } });
  switch (doc.type) {
    case 'roadmap':
      return make(toRoadmapView(doc, ctx));
    case 'order':
      return make(toOrderView(doc, ctx));
    case 'regulation':
      return make(toRegulationView(doc, ctx));
    case 'passport':
      return make(toPassportView(doc));
    case 'document':
      return make(toFreeDocumentView(doc, ctx));
    case 'schedule':
      return make(toScheduleView(doc, ctx));
    default: {
      const _exhaustive: never = doc;
      throw new Error(`unknown document ${JSON.stringify(_exhaustive)}`);
    }
  }
}
