import { documentIds } from '../../plan/document-ids.js';
import type { Plan } from '../../plan/schema/plan.js';
import type { RoadmapTable } from '../roadmap/schema.js';

/** The roadmap table a schedule is drawn from: a roadmap document, or the first roadmap block of a free document. */
export function findRoadmapTable(plan: Plan, id: string): RoadmapTable | undefined {
  const doc = plan.documents[documentIds(plan).indexOf(id)];
  if (doc?.type === 'roadmap') return doc;
  if (doc?.type !== 'document') return undefined;
  for (const block of doc.body) if ('roadmap' in block) return block.roadmap;
  return undefined;
}
