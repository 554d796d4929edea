import { text } from '../messages.js';
import { type LadderStep, readLadder } from './indent-ladder.js';
import { findShiftedItem } from './shifted-item.js';
import type { Slip } from './yaml-slips.js';

/** A key's line: its indent and the key, after a «- » if any; `value` when the key has its value on the line. */
const keyLine = /^( *)(- +)?([^\s#:"'{[-][^:#]*?):(?:\s|$)(.*)/;

/**
 * What to say of a line YAML finds indented wrong, `offset` being where its text starts, and where: a list item off
 * its list's column (shifted-item.ts); a key with a value pressed left of the keys of its item, which cuts the lines
 * below it off their item (YAML notices only there); a key in no column of the keys above it, with the keys it
 * stands between — the one to align it with is the one it belongs beside; otherwise the general rule.
 */
export function describeBadIndent(source: string, offset: number): Slip {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const line = readLine(source, lineStart);
  const above = source.slice(0, Math.max(lineStart - 1, 0));
  const item = lineStart > 0 ? findShiftedItem(line, lineStart, above) : undefined;
  if (item) return item;
  const cut = lineStart > 0 ? findCuttingKey(source, lineStart, line) : undefined;
  if (cut !== undefined) return cut;
  const key = keyLine.exec(line);
  const shifted = key && !key[2] ? describeShiftedKey(key[3]!, key[1]!.length, readLadder(above)) : undefined;
  return { offset, message: text.yamlSyntax(shifted ?? text.yamlBadIndent) };
}

/**
 * A key with its value on its line pressed left of the keys of its item (`responsible:` a level left, under the item's
 * parent): YAML takes it for a key of that parent and notices nothing until the item's next key or next item, which
 * stand in their right column. Found from that reported line: up to the line it lines up with, one such key between.
 */
function findCuttingKey(source: string, lineStart: number, line: string): Slip | undefined {
  const own = keyLine.exec(line);
  if (!own) return undefined;
  const item = own[2] !== undefined;
  const column = own[1]!.length;
  let cut: { start: number; indent: number; key: string } | undefined;
  for (let end = lineStart - 1; end > 0; ) {
    const start = source.lastIndexOf('\n', end - 1) + 1;
    const above = source.slice(start, end);
    end = start - 1;
    if (/^\s*(#|$)/.test(above)) continue;
    const indent = /^ */.exec(above)![0].length;
    const step = keyLine.exec(above);
    const partner = item
      ? indent === column && step?.[2] !== undefined
      : step !== null && indent + (step[2]?.length ?? 0) === column;
    if (partner) return cut && describeCut(source, cut);
    if (indent > column) continue;
    if (indent === column || cut || !step || step[2] || step[4]!.trim() === '') return undefined;
    cut = { start, indent, key: step[3]! };
  }
  return undefined;
}

/** The cutting key told as a key left of the key above it that it belongs beside. */
function describeCut(source: string, cut: { start: number; indent: number; key: string }): Slip | undefined {
  const ladder = readLadder(source.slice(0, Math.max(cut.start - 1, 0)));
  const near = ladder.find((step) => step.key !== undefined && step.keyColumn > cut.indent);
  if (!near) return undefined;
  const place = { key: near.key!, line: near.line, column: near.keyColumn + 1 };
  return {
    offset: cut.start + cut.indent,
    message: text.yamlSyntax(text.yamlKeyShifted(cut.key, place, near.keyColumn - cut.indent, true)),
  };
}

/** The keys left and right of the key's column above it; undefined when a key above stands in its column. */
function describeShiftedKey(key: string, column: number, ladder: readonly LadderStep[]): string | undefined {
  const keys = ladder.filter((step) => step.key !== undefined);
  if (keys.some((step) => step.keyColumn === column)) return undefined;
  const left = keys.filter((step) => step.keyColumn < column).sort((a, b) => b.keyColumn - a.keyColumn)[0];
  const right = keys.filter((step) => step.keyColumn > column).sort((a, b) => a.keyColumn - b.keyColumn)[0];
  const near = (step: LadderStep) => ({ key: step.key!, line: step.line, column: step.keyColumn + 1 });
  const item = findItemAbove(ladder, column);
  if (item) return text.yamlKeyShifted(key, near(item), item.keyColumn - column, true);
  if (left && right) return text.yamlKeyBetween(key, near(left), near(right));
  const only = left ?? right;
  if (!only) return undefined;
  return text.yamlKeyShifted(key, near(only), Math.abs(column - only.keyColumn), only === right);
}

/**
 * The key right above a key standing under the «-» of the list item it follows (or between the «-» and the item's
 * keys), with only that item's keys between: `- activity: …` then `term:` two spaces left, under the «-». Such a key
 * is the item's, pressed a level (or a space) left.
 */
function findItemAbove(ladder: readonly LadderStep[], column: number): LadderStep | undefined {
  const at = ladder.findIndex((step) => step.dash);
  const item = ladder[at];
  if (!item || column < item.indent || column >= item.keyColumn) return undefined;
  return ladder.slice(0, at).every((step) => step.keyColumn === item.keyColumn) ? ladder[0] : undefined;
}

function readLine(source: string, lineStart: number): string {
  const end = source.indexOf('\n', lineStart);
  return source.slice(lineStart, end < 0 ? undefined : end);
}
