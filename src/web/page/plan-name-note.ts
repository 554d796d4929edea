import { studioText as t } from '../../messages.js';
import type { Layout } from './layout.js';

/** Where the plan's text is kept: the file the studio edits (`missing`: created at the first change), or a draft. */
export type PlanKeeping = 'draft' | 'file' | 'missing-file';

/** The plan's name, and under it where its text is kept: the file on disk (to be created), or this browser's draft. */
export function showPlanNote(
  layout: Pick<Layout, 'planName' | 'storageNote'>,
  fileName: string,
  keeping: PlanKeeping,
): void {
  layout.planName.textContent = fileName || t.unnamedPlan;
  layout.planName.title = fileName || t.unnamedPlan;
  const note =
    keeping === 'draft'
      ? t.draftKept
      : keeping === 'missing-file'
        ? t.createdOnChange(fileName)
        : t.savedTo(fileName);
  layout.storageNote.textContent = note;
  layout.storageNote.title = keeping === 'draft' ? t.draftKeptHint : note;
}
