import { studioText as t } from '../../messages.js';
import type { PlanTab } from '../plan-tabs.js';
import { toTabLabel } from '../tab-label.js';
import { element } from './layout.js';
import { revealSelectedTab } from './tab-strip.js';

/**
 * A tab for each file of the package (each document, then the package PDF); the selected one is marked. A long title
 * shows its first words (tab-label.ts), the whole title is the tab's tooltip. A network project's partners follow
 * the plan's own organisation, each tab of theirs led by its short name («МБОУ «Школа № 91»: Положение о…»), with only the
 * documents it gets (its leave_out). The tabs stand in one row that scrolls
 * (tab-strip.ts), the selected one always in sight.
 */
export function showTabs(
  nav: HTMLElement,
  files: readonly PlanTab[],
  selected: string | undefined,
  select: (id: string) => void,
): void {
  nav.replaceChildren(
    ...files.map((file) => {
      const tab = element('button', {
        type: 'button',
        role: 'tab',
        'data-testid': 'document-tab',
        'aria-selected': String(file.id === selected),
        title:
          file.organization === undefined ? file.title : t.partnerTabTitle(file.organization, file.title),
      });
      const label = file.kind === 'package' ? t.packageTab : toTabLabel(file.title);
      tab.textContent = file.organization === undefined ? label : t.partnerTab(file.organization, label);
      tab.addEventListener('click', () => select(file.id));
      return tab;
    }),
  );
  revealSelectedTab(nav);
}
