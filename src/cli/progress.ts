import { text } from '../messages.js';

/** The progress of a build on a terminal: one line «Сборка: 3 из 7 планов…», rewritten in place. */
export type Progress = {
  /** One more plan is finished. */
  readonly advance: () => void;
  /** Prints a report above the progress line. */
  readonly print: (report: string) => void;
  /** Erases the line for good, so that only the reports stay. */
  readonly clear: () => void;
};

/** Return to the line start and erase the line (ANSI «erase in line»). */
const eraseLine = '\r\x1b[2K';

/** A progress line for `total` plans written to `write`; when not shown (not a terminal), reports go out as they are. */
export function startProgress(total: number, write: (s: string) => void, isShown: boolean): Progress {
  if (!isShown) return { advance: () => {}, print: write, clear: () => {} };
  let done = 0;
  let isCleared = false;
  const draw = () => {
    if (!isCleared) write(`${eraseLine}${text.buildProgress(done, total)}`);
  };
  draw();
  return {
    advance: () => {
      done++;
      draw();
    },
    print: (report) => {
      write(`${eraseLine}${report}`);
      draw();
    },
    clear: () => {
      if (!isCleared) write(eraseLine);
      isCleared = true;
    },
  };
}
