import { invertedEffects } from '@codemirror/commands';
import {
  EditorState,
  type Extension,
  StateEffect,
  StateField,
  type Transaction,
  type TransactionSpec,
} from '@codemirror/state';
import { splitSchemaComment } from '../schema-comment.js';

/**
 * The plan's schema line (schema-comment.ts), kept beside the editor's text and never in it: the line a file opened
 * has, and the line a plan pasted or dropped over the top of the text brings (the whole plan copied from VS Code). So
 * the line is never shown, and the text written to a file has it once. A paste without one keeps the line there was.
 * Undo takes the line back with the text it came with.
 */
const setHead = StateEffect.define<string>();

const headField = StateField.define<string>({
  create: () => '',
  update: (head, tr) => tr.effects.reduce((value, e) => (e.is(setHead) ? e.value : value), head),
});

/** A change that writes a schema line over the text's first line moves it out of the text, in the same step. */
const takePastedHead = EditorState.transactionFilter.of((tr) => {
  if (!tr.docChanged) return tr;
  const { head } = splitSchemaComment(tr.newDoc.sliceString(0, tr.newDoc.line(1).to + 1));
  if (head === '' || !writesFirstLine(tr)) return tr;
  return [tr, { changes: { from: 0, to: head.length }, effects: setHead.of(head), sequential: true }];
});

/** Typing one character at a time never does: only a change from the text's start over the whole first line. */
function writesFirstLine(tr: Transaction): boolean {
  let writes = false;
  tr.changes.iterChanges((_fromA, _toA, fromB, toB) => {
    if (fromB === 0 && toB >= tr.newDoc.line(1).to) writes = true;
  });
  return writes;
}

/** The editor's part in it, `head` the line of the text it starts with. */
export function keepSchemaHead(head: string): Extension {
  return [
    headField.init(() => head),
    takePastedHead,
    invertedEffects.of((tr) =>
      tr.effects.some((e) => e.is(setHead)) ? [setHead.of(tr.startState.field(headField))] : [],
    ),
  ];
}

/** The schema line of the text in the editor ('' when the plan has none), with its line break. */
export function readHead(state: EditorState): string {
  return state.field(headField);
}

/**
 * What replaces the editor's whole text with a plan's (a file opened, a starter, a draft): its text without the line,
 * and the line ('' when it has none). A file saved with the line twice comes back with it once.
 */
export function replaceWholeText(state: EditorState, text: string): TransactionSpec {
  const { head, body } = splitSchemaComment(text);
  return { changes: { from: 0, to: state.doc.length, insert: body }, effects: setHead.of(head) };
}
