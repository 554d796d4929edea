import type { Problem } from '../../errors.js';
import { studioText as t } from '../../messages.js';
import type { BuildResult } from '../../studio/protocol.js';
import { element } from './layout.js';

/** The plan's problems as a list under the editor; clicking one puts the cursor at its place. */
export function showProblemList(
  section: HTMLElement,
  list: HTMLOListElement,
  problems: readonly Problem[],
  planFile: string,
  goTo: (line: number, column: number) => void,
): void {
  section.querySelector('h2')!.textContent =
    problems.length === 0 ? t.noProblems : t.problems(problems.length);
  section.classList.toggle('has-problems', problems.length > 0);
  list.replaceChildren(
    ...problems.map((p) => {
      const where = p.line === undefined ? '' : `${t.at(p.line, p.column ?? 1)}: `;
      const file = p.file !== undefined && p.file !== planFile ? `${p.file}: ` : '';
      const entry = element('li', { 'data-testid': 'diagnostic' });
      const button = element('button', { type: 'button' }, `${file}${where}${p.message}`);
      if (p.line !== undefined && file === '')
        button.addEventListener('click', () => goTo(p.line!, p.column ?? 1));
      entry.append(button);
      return entry;
    }),
  );
}

/** A build's problems: the plan's, or an unexpected failure (a bug) said as one, its first line. */
export function listProblems(result: BuildResult): readonly Problem[] {
  if (result.kind === 'problems') return result.problems;
  if (result.kind === 'built') return [];
  return [{ code: 'plan-invalid', message: t.crash(result.message.split('\n')[0] ?? '') }];
}
