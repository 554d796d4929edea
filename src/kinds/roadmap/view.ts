import { typographText } from '../../language/typography.js';
import { type BlockView, toBlockViews } from '../../resolve/blocks.js';
import type { ResolveContext } from '../../resolve/context.js';
import { resolveStamps, type StampsView } from '../../resolve/stamps.js';
import type { Roadmap } from './schema.js';
import { resolveRoadmapTable, type TableView } from './table-view.js';

/** Everything templates/roadmap.hbs needs; plain data, every text already typeset. */
export type RoadmapView = {
  readonly title: string;
  readonly author: string;
  readonly orientation: 'portrait' | 'landscape';
  readonly organization: string | null;
  readonly stamps: StampsView | null;
  readonly intro: readonly BlockView[];
  readonly table: TableView;
};

export function toRoadmapView(doc: Roadmap, ctx: ResolveContext): RoadmapView {
  const org = ctx.plan.organization;
  const organization =
    doc.show_organization === 'full'
      ? org.name
      : doc.show_organization === 'short'
        ? (org.short_name ?? org.name)
        : null;
  return {
    title: typographText(doc.title),
    author: typographText(org.short_name ?? org.name),
    orientation: doc.orientation ?? 'landscape',
    organization: organization === null ? null : typographText(organization),
    stamps: resolveStamps(doc, ctx),
    intro: toBlockViews(doc.intro),
    table: resolveRoadmapTable(doc, ctx),
  };
}
