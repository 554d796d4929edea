import { studioText as t } from '../../messages.js';
import type { PlanTab } from '../plan-tabs.js';
import type { Layout } from './layout.js';
import { showTabs } from './tabs.js';

/**
 * What goes with the selected file: the tabs of all, its whole title under them, and the downloads it has — the
 * package is one PDF, every document has both formats.
 */
export function showDocumentControls(
  layout: Layout,
  files: readonly PlanTab[],
  file: PlanTab | undefined,
  select: (id: string) => void,
): void {
  showTabs(layout.tabs, files, file?.id, select);
  layout.downloadDocx.disabled = file === undefined || file.kind === 'package';
  layout.downloadDocx.title = file?.kind === 'package' ? t.docxOfPackageHint : t.docxHint;
  layout.downloadPdf.disabled = file === undefined;
  layout.downloadZip.disabled = files.length === 0;
  layout.documentBar.hidden = file === undefined;
  layout.documentTitle.textContent = file?.title ?? '';
  layout.documentTitle.title = file?.title ?? ''; // cut on a narrow screen: whole in its tooltip
}
