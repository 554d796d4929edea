import { describe, expect, it } from 'vitest';
import type { Contents } from '../../../src/model/schema.js';
import { styles } from '../../../src/model/styles.js';
import { mmToPt } from '../../../src/model/units.js';
import { measureEm } from '../../../src/render/measure.js';
import { toPdfContents } from '../../../src/render/pdf/contents.js';

const widthMm = 170;
const widthOf = (text: string) => measureEm(text, false) * styles.contents.sizePt;

/** The lines of an entry as printed: its text lines, then the line that ends with the page number. */
function linesOf(block: Contents): string[][] {
  const { stack } = toPdfContents(block, widthMm) as unknown as {
    stack: { stack: Record<string, unknown>[] }[];
  };
  return stack.map((entry) =>
    entry.stack.map((line) =>
      'columns' in line
        ? (line.columns as { text: string }[]).map((c) => c.text.replace(/\.+$/, '')).join('|')
        : (line.text as string),
    ),
  );
}

/** A heading whose last line leaves room for one digit of a page number, and not for three. */
function makeTightHeading(): string {
  const room = mmToPt(widthMm) - 1;
  let heading = 'Раздел';
  while (widthOf(`${heading} и`) + widthOf('7') <= room) heading += ' и';
  expect(widthOf(heading) + widthOf('000')).toBeGreaterThan(room);
  return heading;
}

describe('the contents in the PDF', () => {
  it('ends a heading with its page number on the same line when the number fits', () => {
    const heading = makeTightHeading();
    expect(linesOf({ type: 'contents', entries: [{ text: heading, block: 1, page: 7 }] })).toEqual([
      [`${heading}|7`],
    ]);
  });

  it('sets the number on a line of its own when the room of its digits does not fit (numberDigits)', () => {
    const heading = makeTightHeading();
    const block: Contents = {
      type: 'contents',
      entries: [{ text: heading, block: 1, page: 7 }],
      numberDigits: 3,
    };
    expect(linesOf(block)).toEqual([[heading, '|7']]);
  });
});
