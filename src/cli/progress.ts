import { text } from '../messages.js';

/** The progress of a build on a terminal: one line «Сборка: 3 из 7 планов…», rewritten in place. */
export type Progress = {
  /** One more plan is finished. */
  readonly advance: () => void;
  /** Prints a plan's report (to stdout) and its problems (to stderr) above the progress line. */
  readonly print: (report: string, problems: string) => void;
  /** Erases the line for good, so that only the reports stay. */
  readonly clear: () => void;
};

/** Return to the line start and erase the line (ANSI «erase in line»). */
const eraseLine = '\r\x1b[2K';

/**
 * A progress line for `total` plans, drawn on stderr when `isShown`; reports go to stdout and problems to stderr, so
 * that a script reading stdout sees only what was built.
 */
export function startProgress(
  total: number,
  io: { readonly stdout: (s: string) => void; readonly stderr: (s: string) => void },
  isShown: boolean,
): Progress {
  const printPlain = (report: string, problems: string) => {
    if (report) io.stdout(report);
    if (problems) io.stderr(problems);
  };
  if (!isShown) return { advance: () => {}, print: printPlain, clear: () => {} };
  let done = 0;
  let isCleared = false;
  const draw = () => {
    if (!isCleared) io.stderr(`${eraseLine}${text.buildProgress(done, total)}`);
  };
  draw();
  return {
    advance: () => {
      done++;
      draw();
    },
    print: (report, problems) => {
      io.stderr(eraseLine);
      printPlain(report, problems);
      draw();
    },
    clear: () => {
      if (!isCleared) io.stderr(eraseLine);
      isCleared = true;
    },
  };
}
