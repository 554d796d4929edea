import type { Problem } from '../../errors.js';
import { studioText as t } from '../../messages.js';
import type { BuildResult } from '../../studio/protocol.js';
import { element } from './layout.js';

/**
 * The plan's problems as a list under the editor, or, when it is built, its warnings (what `gramota build` prints as
 * «предупреждение»), in a calmer colour; clicking one puts the cursor at its place. «Ошибок нет» when neither.
 */
export function showProblemList(
  section: HTMLElement,
  list: HTMLOListElement,
  found: { readonly problems: readonly Problem[]; readonly warnings: readonly Problem[] },
  planFile: string,
  goTo: (line: number, column: number) => void,
): void {
  const { problems, warnings } = found;
  const shown = problems.length > 0 ? problems : warnings;
  section.querySelector('h2')!.textContent =
    problems.length > 0
      ? t.problems(problems.length)
      : warnings.length > 0
        ? t.warnings(warnings.length)
        : t.noProblems;
  section.classList.toggle('has-problems', problems.length > 0);
  section.classList.toggle('has-warnings', problems.length === 0 && warnings.length > 0);
  const warned = problems.length === 0;
  // A warning's entry: its own test id and style, and a tooltip saying the documents are built all the same.
  const entryAttributes: Record<string, string> = warned
    ? { 'data-testid': 'warning' }
    : { 'data-testid': 'diagnostic' };
  const buttonAttributes: Record<string, string> = warned
    ? { type: 'button', class: 'warning', title: t.warningHint }
    : { type: 'button' };
  list.replaceChildren(
    ...shown.map((p) => {
      const where = p.line === undefined ? '' : `${t.at(p.line, p.column ?? 1)}: `;
      const file = p.file !== undefined && p.file !== planFile ? `${p.file}: ` : '';
      const message = warned ? withoutPrefix(p.message) : p.message;
      const entry = element('li', entryAttributes);
      const button = element('button', buttonAttributes, `${file}${where}${message}`);
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

/** A built plan's warnings; none when it is not built. */
export function listWarnings(result: BuildResult): readonly Problem[] {
  return result.kind === 'built' ? result.warnings : [];
}

/** Under «Предупреждения» each is one: «предупреждение: » before each message would say it again. */
function withoutPrefix(message: string): string {
  return message.startsWith(t.warningPrefix) ? message.slice(t.warningPrefix.length) : message;
}
