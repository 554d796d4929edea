import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { yaml } from '@codemirror/lang-yaml';
import { type Diagnostic, setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, hoverTooltip } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import schemaJson from '../../../plan.schema.json' with { type: 'json' };
import type { Problem } from '../../errors.js';
import { splitSchemaComment } from '../schema-comment.js';
import { describeKey, type JsonSchema, listKeys, listValues } from '../schema-help.js';
import { findParentPath, readLine } from '../yaml-path.js';
import { keepSchemaHead, readHead, replaceWholeText } from './editor-head.js';
import { planKeys } from './editor-keys.js';
import { pasteIsNoTyping } from './editor-paste.js';
import { typedLines } from './editor-typed-lines.js';

type TextChange = { readonly from: number; readonly to: number; readonly insert: string };

const schema = schemaJson as unknown as JsonSchema;

/**
 * The plan's editor: YAML with folding and search, completion and hover help from the plan's JSON Schema, Tab and
 * Enter that keep the plan's indentation (editor-keys.ts).
 */
export type PlanEditor = {
  /** The text the editor shows, which the plan is built from and its messages count lines in. */
  readonly getText: () => string;
  /** The plan's text as a file holds it: with its schema line (editor-head.ts), if it has one. */
  readonly getWholeText: (text?: string) => string;
  /** A whole new plan in the editor, its schema line put aside. */
  readonly setText: (text: string) => void;
  /** One change of the text, or several at once (the table of rows edits this way), undoable as typing is. */
  readonly apply: (change: TextChange | readonly TextChange[]) => void;
  /** Marks in the text: the plan's problems, or a built plan's warnings (a calmer mark). */
  readonly showProblems: (problems: readonly Problem[], warnings?: readonly Problem[]) => void;
  readonly goTo: (line: number, column: number) => void;
};

export function createEditor(
  parent: HTMLElement,
  text: string,
  onChange: (text: string) => void,
): PlanEditor {
  const { head, body } = splitSchemaComment(text);
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: body,
      extensions: [
        keepSchemaHead(head),
        pasteIsNoTyping,
        typedLines,
        planKeys, // before basicSetup: its Tab and Enter come first
        basicSetup,
        yaml(),
        EditorState.languageData.of(() => [{ autocomplete: completePlan }]),
        hoverTooltip(explainKey),
        EditorView.lineWrapping,
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  const position = (line: number, column: number) => {
    const at = view.state.doc.line(Math.min(Math.max(line, 1), view.state.doc.lines));
    return Math.min(at.from + Math.max(column - 1, 0), at.to);
  };
  return {
    getText: () => view.state.doc.toString(),
    getWholeText: (text = view.state.doc.toString()) => readHead(view.state) + text,
    setText: (next) => view.dispatch(replaceWholeText(view.state, next)),
    apply: (change) => view.dispatch({ changes: change as TextChange | TextChange[] }),
    showProblems: (problems, warnings = []) => {
      const mark = (severity: Diagnostic['severity']) => (p: Problem) => {
        if (p.line === undefined) return [];
        const from = position(p.line, p.column ?? 1);
        const to = Math.max(from + 1, view.state.doc.lineAt(from).to);
        return [{ from, to: Math.min(to, view.state.doc.length), severity, message: p.message }];
      };
      const diagnostics: Diagnostic[] = [
        ...problems.flatMap(mark('error')),
        ...warnings.flatMap(mark('warning')),
      ];
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    goTo: (line, column) => {
      const at = position(line, column);
      view.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: 'center' }) });
      view.focus();
    },
  };
}

/** Keys where a key may start, values after `key: `: from the schema, with their Russian descriptions. */
function completePlan(context: CompletionContext): CompletionResult | null {
  const line = context.state.doc.lineAt(context.pos);
  const before = line.text.slice(0, context.pos - line.from);
  const lines = context.state.doc.toString().split('\n');
  const keyPlace = /^(\s*(?:-\s+)*)([\w-]*)$/.exec(before);
  if (keyPlace) {
    const path = findParentPath(lines, line.number - 1, keyPlace[1]!.length);
    const options = listKeys(schema, path).map(({ key, description }) => ({
      label: key,
      apply: `${key}: `,
      type: 'property',
      ...(description ? { info: description } : {}),
    }));
    return options.length > 0
      ? { from: context.pos - keyPlace[2]!.length, options, validFor: /^[\w-]*$/ }
      : null;
  }
  const valuePlace = /^(\s*(?:-\s+)*)([\w-]+):\s+([\w-]*)$/.exec(before);
  if (!valuePlace) return null;
  const path = [...findParentPath(lines, line.number - 1, valuePlace[1]!.length), valuePlace[2]!];
  const options = listValues(schema, path).map((value) => ({ label: value, type: 'enum' }));
  return options.length > 0 ? { from: context.pos - valuePlace[3]!.length, options } : null;
}

/** Hovering a key shows what it means. */
function explainKey(view: EditorView, pos: number) {
  const line = view.state.doc.lineAt(pos);
  const read = readLine(line.text);
  if (read?.key === undefined) return null;
  const from = line.from + read.keyColumn;
  const to = from + read.key.length;
  if (pos < from || pos > to) return null;
  const lines = view.state.doc.toString().split('\n');
  const description = describeKey(schema, [
    ...findParentPath(lines, line.number - 1, read.keyColumn),
    read.key,
  ]);
  if (description === undefined) return null;
  return {
    pos: from,
    end: to,
    above: true,
    create: () => {
      const dom = document.createElement('div');
      dom.className = 'hover-help';
      dom.textContent = description;
      return { dom };
    },
  };
}
