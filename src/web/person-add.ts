import { isMap, isScalar, type Node, type Pair, parseDocument } from 'yaml';
import { toPersonKey } from '../language/latin-key.js';
import { parsePersonName } from '../language/names.js';
import type { TextChange } from './roadmap-rows.js';
import { createLineFinder } from './text-lines.js';
import { toYamlScalar } from './yaml-scalar.js';

/** A person added to the plan's people: the change, the key given, and the line of the empty position to fill. */
export type AddedPerson = {
  readonly change: TextChange;
  readonly key: string;
  readonly positionLine: number;
};

/**
 * Adds a person named in a cell of the table of rows («Петрова А.А.») to the plan's `people`, after the last one, in
 * the people's own indentation: a key made as the others are (the surname in Latin letters, `petrova`, `petrova-2` when
 * taken — as `gramota import` makes them), the name as typed, and an empty position for the user to fill. A plan with
 * no people yet gets the list before its documents. None where people is written otherwise (a flow map `{}`).
 */
export function addPerson(text: string, typed: string): AddedPerson | undefined {
  const document = parseDocument(text);
  if (!isMap(document.contents)) return undefined;
  const name = toNameCase(typed.replace(/\s+/g, ' ').trim());
  const top = document.contents.items as Pair<Node, Node | null>[];
  const pair = top.find((p) => isScalar(p.key) && p.key.value === 'people');
  const people = pair?.value;
  const used = new Set(isMap(people) ? people.items.map((p) => String((p.key as Node).toJSON())) : []);
  const key = toPersonKey(parsePersonName(name).last, used);
  const entry = (column: number, step: number) => {
    const pad = ' '.repeat(column);
    const inner = ' '.repeat(column + step);
    return `${pad}${key}:\n${inner}name: ${toYamlScalar(name)}\n${inner}position: ""`;
  };
  const finish = (change: TextChange): AddedPerson => {
    const after = text.slice(0, change.from) + change.insert + text.slice(change.to);
    const at = change.from + change.insert.lastIndexOf('position: ""') + 'position: '.length;
    return { change, key, positionLine: createLineFinder(after)(at) };
  };
  if (pair === undefined) {
    // Before the documents (or at the end): `people:` and the person under it.
    const documents = top.find((p) => isScalar(p.key) && p.key.value === 'documents')?.key.range?.[0];
    const at = documents ?? text.length;
    const lead = at > 0 && text[at - 1] !== '\n' ? '\n' : '';
    return finish({ from: at, to: at, insert: `${lead}people:\n${entry(2, 2)}\n${documents ? '\n' : ''}` });
  }
  const last = isMap(people) && !people.flow ? people.items.at(-1) : undefined;
  const keyStart = (last?.key as Node | undefined)?.range?.[0];
  const end = (last?.value as Node | undefined)?.range?.[1];
  if (last === undefined || keyStart === undefined || end === undefined) return undefined;
  const column = keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1);
  // The step of a person's own keys: as the last person's, two spaces otherwise.
  const inner = isMap(last.value) ? (last.value.items[0]?.key as Node | undefined)?.range?.[0] : undefined;
  const innerColumn = inner === undefined ? column + 2 : inner - (text.lastIndexOf('\n', inner - 1) + 1);
  const from = text.slice(0, end).trimEnd().length;
  return finish({ from, to: from, insert: `\n${entry(column, Math.max(innerColumn - column, 1))}` });
}

/** A name typed in small letters («петрова а.а.») as a name is written: «Петрова А.А.». */
function toNameCase(name: string): string {
  if (/\p{Lu}/u.test(name)) return name;
  return name.replace(
    /(^|[\s.-])(\p{Ll})/gu,
    (_, before: string, letter: string) => before + letter.toUpperCase(),
  );
}
