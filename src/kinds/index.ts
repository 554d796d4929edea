import type { PlanDocument } from '../plan/schema/plan.js';
import type { ResolveContext } from '../resolve/context.js';
import { toRoadmapView } from './roadmap/view.js';

/** A resolved document: which template renders it and the plain view it gets. */
export type DocumentView = {
  readonly id: string;
  readonly title: string;
  readonly template: string;
  readonly view: unknown;
};

/** Stage 3 per document: each kind is a schema, a view resolver and a template of the same name. */
export function toDocumentView(doc: PlanDocument, index: number, ctx: ResolveContext): DocumentView {
  const id = ctx.ids[index] ?? doc.type;
  switch (doc.type) {
    case 'roadmap':
      return { id, title: doc.title, template: 'roadmap', view: toRoadmapView(doc, ctx) };
    default: {
      const _exhaustive: never = doc.type;
      return _exhaustive;
    }
  }
}
