import { studioText as t } from '../../messages.js';
import type { BuildResult } from '../../studio/protocol.js';

/** What shows the note under the download buttons, and keeps it true while the plan is built again. */
export type DownloadNote = {
  /**
   * A download's build: why nothing was downloaded when it failed; when its files were saved, that the plan has
   * warnings (none: no note).
   */
  readonly show: (result: BuildResult) => void;
  /** Each build of the plan: while the note is shown, a built plan hides it, a mistake moves it to its line. */
  readonly follow: (result: BuildResult) => void;
};

/**
 * The note under the download buttons after a download found the plan with a mistake, or downloaded a plan with
 * warnings: short, with the first one's line (the whole message is in the list under the editor); a click puts the
 * cursor at that line and hides the note. A warning's note is calmer, and goes at the plan's next build.
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
    const found =
      result.kind === 'problems' ? result.problems : result.kind === 'built' ? result.warnings : [];
    if (result.kind === 'built' && found.length === 0) {
      note.hidden = true;
      return;
    }
    const first = found[0];
    // A mistake in another file (a template of the plan's own) has no line in the editor.
    const inPlan = first?.line !== undefined && (first.file === undefined || first.file === planFile());
    at = inPlan ? { line: first.line!, column: first.column ?? 1 } : undefined;
    const n = found.length;
    note.textContent =
      result.kind === 'crash'
        ? t.downloadCrashed
        : result.kind === 'built'
          ? at
            ? t.downloadedWithWarningsAt(n, at.line)
            : t.downloadedWithWarnings(n)
          : at
            ? t.downloadBlockedAt(n, at.line)
            : t.downloadBlocked(n);
    note.title = !at ? '' : result.kind === 'built' ? t.downloadWarningHint : t.downloadNoteHint;
    note.classList.toggle('to-line', at !== undefined);
    note.classList.toggle('warning', result.kind === 'built');
  };
  return {
    show: (result) => {
      say(result);
      if (result.kind !== 'built' || result.warnings.length > 0) note.hidden = false;
    },
    follow: (result) => {
      if (note.hidden) return;
      // A download's warnings were of the text then downloaded: a new build of the plan is not that download.
      if (note.classList.contains('warning')) note.hidden = true;
      else say(result);
    },
  };
}
