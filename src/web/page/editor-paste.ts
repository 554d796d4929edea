import { EditorState, type Transaction } from '@codemirror/state';

/**
 * Text of several lines arriving as typing (a whole plan dropped in, or put in by an input method or a tool that
 * types it) is a paste: the key completion typing opens is not opened over the text pasted, and one open is closed.
 * CodeMirror opens completion on `input.type` only; the transaction is marked `input.paste`, nothing else changes.
 */
export const pasteIsNoTyping = EditorState.transactionFilter.of((tr) => {
  if (!tr.isUserEvent('input.type') || !insertsLines(tr)) return tr;
  return {
    changes: tr.changes,
    selection: tr.selection,
    effects: tr.effects,
    scrollIntoView: tr.scrollIntoView,
    userEvent: 'input.paste',
  };
});

/** Whether the text inserted has a line of its own with something on it after a line break. */
function insertsLines(tr: Transaction): boolean {
  let lines = false;
  tr.changes.iterChanges((_fromA, _toA, _fromB, _toB, inserted) => {
    if (inserted.lines > 1 && inserted.sliceString(inserted.line(2).from).trim() !== '') lines = true;
  });
  return lines;
}
