import { typographText } from '../../language/typography.js';
import { type BlockView, toBlockViews } from '../../resolve/blocks.js';
import type { ResolveContext } from '../../resolve/context.js';
import { toOrganizationHead } from '../../resolve/organization-head.js';
import type { Roadmap } from './schema.js';
import { resolveRoadmapTable, type TableView } from './table-view.js';

/** What templates/roadmap.hbs needs besides the common head; plain data, every text already typeset. */
export type RoadmapView = {
  readonly title: string;
  readonly organization: string | null;
  readonly intro: readonly BlockView[];
  readonly table: TableView;
};

export function toRoadmapView(doc: Roadmap, ctx: ResolveContext): RoadmapView {
  const org = ctx.plan.organization;
  const organization = doc.show_organization ? toOrganizationHead(org, doc.show_organization) : null;
  return {
    title: typographText(doc.title),
    organization: organization === null ? null : typographText(organization),
    intro: toBlockViews(doc.intro),
    table: resolveRoadmapTable(doc, ctx),
  };
}
