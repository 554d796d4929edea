import { indentWithTab } from '@codemirror/commands';
import { indentService, indentUnit } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { indentAfter, indentStep } from '../yaml-indent.js';

/**
 * Tab and Enter as someone who indents a plan by hand expects them: Tab and Shift+Tab move the line (or the selected
 * lines) two spaces in and out, and Enter starts the new line at the plan's level (yaml-indent.ts). Tab no longer
 * leaves the editor: Escape and then Tab does (CodeMirror's tab focus mode), and so does Ctrl+M, which switches Tab
 * back to moving the focus until pressed again.
 */
export const planKeys: Extension = [
  indentUnit.of(' '.repeat(indentStep)),
  indentService.of((context, pos) => {
    // Enter's new line starts at `pos`: the line before the break is the one to continue.
    const line = context.lineAt(pos, -1);
    if (line.from < pos) return indentAfter(line.text.slice(0, pos - line.from));
    return pos > 0 ? indentAfter(context.lineAt(pos - 1, -1).text) : 0;
  }),
  keymap.of([indentWithTab]),
];
