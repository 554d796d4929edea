import { studioText as t } from '../../messages.js';
import type { BuildResult } from '../../studio/protocol.js';

/** What shows the note under the download buttons, and keeps it true while the plan is built again. */
export type DownloadNote = {
  /** A download's build that failed: why nothing was downloaded. */
  readonly show: (result: Exclude<BuildResult, { kind: 'built' }>) => void;
  /** Each build of the plan: while the note is shown, a built plan hides it, a mistake moves it to its line. */
  readonly follow: (result: BuildResult) => void;
};

/**
 * The note under the download buttons after a download found the plan with a mistake: short, with the first
 * mistake's line (the whole message is in the list under the editor); a click puts the cursor at that line and
 * hides the note.
 */
export function createDownloadNote(
  note: HTMLButtonElement,
  planFile: () => string,
  goTo: (line: number, column: number) => void,
): DownloadNote {
  let at: { readonly line: number; readonly column: number } | undefined;
  note.addEventListener('click', () => {
    if (at) goTo(at.line, at.column);
    note.hidden = true;
  });
  const say = (result: BuildResult) => {
    if (result.kind === 'built') {
      note.hidden = true;
      return;
    }
    const first = result.kind === 'problems' ? result.problems[0] : undefined;
    // A mistake in another file (a template of the plan's own) has no line in the editor.
    const inPlan = first?.line !== undefined && (first.file === undefined || first.file === planFile());
    at = inPlan ? { line: first.line!, column: first.column ?? 1 } : undefined;
    const n = result.kind === 'problems' ? result.problems.length : 0;
    note.textContent =
      result.kind === 'crash'
        ? t.downloadCrashed
        : at
          ? t.downloadBlockedAt(n, at.line)
          : t.downloadBlocked(n);
    note.title = at ? t.downloadNoteHint : '';
    note.classList.toggle('to-line', at !== undefined);
  };
  return {
    show: (result) => {
      say(result);
      note.hidden = false;
    },
    follow: (result) => {
      if (!note.hidden) say(result);
    },
  };
}
