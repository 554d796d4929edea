import { text } from '../messages.js';
import { type LadderStep, readLadder } from './indent-ladder.js';
import type { Slip } from './yaml-slips.js';

/** A list item's first line: its «- » and its first key. */
const itemLine = /^( *)- +([^\s#:"'{[-][^:#]*?):(?:\s|$)/;

/**
 * A list item whose «-» is a level (or a few spaces) off the «-» of the other items of its list: Enter after an item's
 * last key keeps that key's indent, and the new `- activity:` typed there stands deeper than the items above, where
 * YAML reads it as part of that key. Its list is the nearest one above whose items start with the same key; what to
 * say, at the item's «-», or undefined when the item stands in that list's column or no list above has such items.
 */
export function findShiftedItem(line: string, lineStart: number, above: string): Slip | undefined {
  const item = itemLine.exec(line);
  if (!item) return undefined;
  const column = item[1]!.length;
  const ladder = readLadder(above);
  const at = ladder.findIndex((step) => step.dash && step.key === item[2]);
  const sibling = ladder[at];
  if (!sibling || sibling.indent === column || ladder.some((step) => step.dash && step.indent === column))
    return undefined;
  // Under a key with nothing after its colon (`items:` of an item), a deeper list is that key's value.
  if (ladder.slice(0, at).some((step) => step.opens && step.keyColumn < column)) return undefined;
  const nearest = ladder[0]!;
  const deeper = column > sibling.indent;
  const partOf = deeper && nearest.key !== undefined && nearest.keyColumn <= column ? nearest.key : undefined;
  const message = text.yamlItemShifted({
    list: nameList(ladder.slice(at), sibling.indent),
    spaces: Math.abs(column - sibling.indent),
    deeper,
    column: sibling.indent + 1,
    line: sibling.line,
    firstKey: item[2]!,
    partOf,
  });
  return { offset: lineStart + column, message: text.yamlSyntax(message) };
}

/** The key a list is written under (`events:` above its items), when the list is that key's value. */
function nameList(steps: readonly LadderStep[], column: number): string | undefined {
  const parent = steps.find((step) => !(step.dash && step.indent === column));
  return parent?.opens && parent.keyColumn <= column ? parent.key : undefined;
}
