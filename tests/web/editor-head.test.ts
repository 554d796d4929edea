import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { history, undo } from '@codemirror/commands';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { keepSchemaHead, readHead, replaceWholeText } from '../../src/web/page/editor-head.js';
import { splitSchemaComment } from '../../src/web/schema-comment.js';

const plan = readFileSync(join(import.meta.dirname, '../../data/chapaevsk-roadmap.yaml'), 'utf8');
const { head, body } = splitSchemaComment(plan);
const otherHead = '# yaml-language-server: $schema=https://example.org/plan.schema.json\n';

const open = (text: string) => {
  const split = splitSchemaComment(text);
  return EditorState.create({ doc: split.body, extensions: [keepSchemaHead(split.head), history()] });
};
/** Select all, then paste: one change from the start, as CodeMirror makes it. */
const paste = (state: EditorState, text: string, from = 0, to = state.doc.length) =>
  state.update({ changes: { from, to, insert: text }, userEvent: 'input.paste' }).state;
const whole = (state: EditorState) => readHead(state) + state.doc.toString();

describe('the schema line beside the editor', () => {
  it('takes the line off a whole plan pasted over the text: not shown, written once', () => {
    const pasted = paste(open(`${otherHead}organization: {}\n`), plan);
    expect(pasted.doc.line(1).text).not.toMatch(/yaml-language-server/);
    expect(pasted.doc.toString()).toBe(body);
    expect(readHead(pasted)).toBe(head);
    expect(whole(pasted)).toBe(plan);
    // Pasted into an empty editor, and at the start of the text, too.
    expect(whole(paste(open(''), plan))).toBe(plan);
    expect(whole(paste(open('organization: {}\n'), plan, 0, 0))).toBe(`${plan}organization: {}\n`);
  });

  it('keeps the line there was under a plan pasted without one', () => {
    const pasted = paste(open(plan), body.replace('Чапаевск', 'Самара'));
    expect(pasted.doc.toString()).toBe(body.replace('Чапаевск', 'Самара'));
    expect(whole(pasted)).toBe(plan.replace('Чапаевск', 'Самара'));
  });

  it('leaves a line typed or pasted below the first one where it is', () => {
    let typed = open('');
    for (const char of otherHead)
      typed = typed.update({ changes: { from: typed.doc.length, insert: char } }).state;
    expect(typed.doc.toString()).toBe(otherHead);
    expect(readHead(typed)).toBe('');
    const below = paste(open('a: 1\n'), plan, 5, 5);
    expect(below.doc.toString()).toBe(`a: 1\n${plan}`);
    expect(readHead(below)).toBe('');
  });

  it('gives the old line back with the old text on undo', () => {
    const pasted = paste(open(`${otherHead}organization: {}\n`), plan);
    let undone = pasted;
    undo({ state: pasted, dispatch: (tr) => (undone = tr.state) });
    expect(whole(undone)).toBe(`${otherHead}organization: {}\n`);
  });

  it('replaces the whole plan with a file’s, its line or none; a line written twice comes back once', () => {
    const state = open(plan);
    expect(whole(state.update(replaceWholeText(state, body)).state)).toBe(body);
    const twice = state.update(replaceWholeText(state, otherHead + plan)).state;
    expect(twice.doc.toString()).toBe(body);
    expect(readHead(twice)).toBe(head);
  });
});
