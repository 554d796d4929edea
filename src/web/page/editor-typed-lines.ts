import { EditorView } from '@codemirror/view';

/**
 * Text of several lines typed in as one input (an input method, a dictation tool or a text expander sends it as one
 * `insertText`; Playwright's `keyboard.insertText` does too) is put in by the editor itself, as a paste is, and not
 * left to the browser. Why: the browser writes new line elements into the editor's DOM, and CodeMirror, seeing text
 * change in an element that is none of its lines, reads the whole drawn part of the text back from the DOM. Its
 * reader (@codemirror/view 6.44.2, the newest) loses two line breaks there: the one after the block that stands for
 * the lines above the drawn part (the two lines around it joined, far above the cursor), and the one after an empty
 * line followed by a new line element (the empty last line of a plan). The plan was saved so. One line typed changes
 * one line element, read back right, so typing is left as it is; so is an input method's composition, which cannot
 * be cancelled. Remove this once CodeMirror reads such a change right (tests/web/studio-typed-lines.browser.test.ts).
 */
export const typedLines = EditorView.domEventHandlers({
  beforeinput(event, view) {
    if (event.inputType !== 'insertText' || event.isComposing || view.composing || view.state.readOnly)
      return false;
    if (event.data === null || !/[\r\n]/.test(event.data)) return false;
    // The same change as CodeMirror makes of text typed: user event `input.type` (so editor-paste.ts sees it), the
    // cursor after the text, in view.
    view.dispatch(view.state.replaceSelection(event.data), { userEvent: 'input.type', scrollIntoView: true });
    return true; // CodeMirror calls preventDefault: the browser leaves the DOM alone
  },
});
