import type { Problem } from '../../errors.js';
import { studioText as t } from '../../messages.js';
import { element } from './layout.js';

/**
 * Above the pages, when the plan could not be built: what keeps the documents from being built — the first problem, at
 * its line (a click puts the cursor there) — and whether the pages below are the last ones built before it. After a
 * reload of a plan with a mistake there are no pages yet, and this is what the preview shows instead of nothing.
 * The notice takes room from `pages` (studio.css): scrolled down in them, the user keeps the lines they were reading
 * in place while the notice comes and goes as they type; at their top, the page's top is pushed down, never covered.
 */
export function showPreviewNotice(
  notice: HTMLElement,
  pages: HTMLElement,
  problems: readonly Problem[],
  oldPages: boolean,
  goTo: (line: number, column: number) => void,
): void {
  const before = pages.getBoundingClientRect().top;
  fillNotice(notice, problems, oldPages, goTo);
  const moved = pages.getBoundingClientRect().top - before;
  if (pages.scrollTop > 0 && moved !== 0) pages.scrollTop += moved;
}

function fillNotice(
  notice: HTMLElement,
  problems: readonly Problem[],
  oldPages: boolean,
  goTo: (line: number, column: number) => void,
): void {
  const first = problems[0];
  notice.hidden = first === undefined;
  if (first === undefined) return;
  const where = first.line === undefined ? '' : `${t.at(first.line, first.column ?? 1)}: `;
  const problem = element(
    'button',
    { type: 'button', 'data-testid': 'preview-problem' },
    where + first.message,
  );
  if (first.line !== undefined) problem.addEventListener('click', () => goTo(first.line!, first.column ?? 1));
  else problem.disabled = true;
  notice.replaceChildren(
    element('strong', {}, t.previewBlocked(problems.length)),
    problem,
    ...(problems.length > 1 ? [element('span', {}, t.previewMoreProblems(problems.length - 1))] : []),
    ...(oldPages ? [element('span', { class: 'old-pages' }, t.previewOldPages)] : []),
  );
}
