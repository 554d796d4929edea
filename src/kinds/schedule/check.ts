import { text } from '../../messages.js';
import { pageGeometry, textWidthMm } from '../../model/page.js';
import { checkDocumentRef } from '../../plan/check-plan.js';
import type { Plan } from '../../plan/schema/plan.js';
import type { Report } from '../../plan/validate.js';
import { fitTimeColumns } from './fit.js';
import { findRoadmapTable } from './roadmap-of.js';
import type { Schedule } from './schema.js';
import { toPeriodSpan } from './shading.js';

type Path = (string | number)[];

/** Cross-checks of a calendar plan-graph: its roadmap exists and has activities, the period is dated and fits. */
export function checkSchedule(doc: Schedule, plan: Plan, at: Path, report: Report): void {
  if (checkDocumentRef(plan, doc.roadmap, [...at, 'roadmap'], report) && !findRoadmapTable(plan, doc.roadmap))
    report([...at, 'roadmap'], text.scheduleNotRoadmap(doc.roadmap));
  const period = plan.project?.period;
  const span = toPeriodSpan(period);
  if (!span) {
    report(at, text.scheduleNoPeriod, true);
    return;
  }
  const fitted = fitTimeColumns(span, textWidthMm(pageGeometry(doc.orientation ?? 'landscape')), doc.scale);
  if (!('tooMany' in fitted)) return;
  const scale = text.scheduleScaleWord(doc.scale ?? 'years');
  report(
    doc.scale ? [...at, 'scale'] : at,
    text.scheduleTooMany(fitted.tooMany, scale, fitted.most),
    !doc.scale,
  );
}
