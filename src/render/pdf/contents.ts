import type { Content } from 'pdfmake/interfaces.js';
import type { Contents, ContentsEntry } from '../../model/schema.js';
import { layout, styles } from '../../model/styles.js';
import { mmToPt } from '../../model/units.js';
import { measureContentsHangPt } from '../contents-hang.js';
import { measureEm } from '../measure.js';
import { toPdfStyle } from './styles.js';

const sizePt = styles.contents.sizePt;
const widthOf = (text: string) => measureEm(text, false) * sizePt;
/** What pdfkit may round away: a line measured this close to its width could still wrap. */
const slackPt = 1;

/**
 * The contents as Word lays out its lines (render/docx/contents.ts): the heading's text wraps at the margin, its
 * last line runs on in dot leaders to the page number flush right — on a line of its own when the number does not
 * fit after the text. pdfmake has no tab leaders, so the lines are broken here, at spaces as Word breaks them
 * (headings are not hyphenated), and the dots counted.
 */
export function toPdfContents(block: Contents, widthMm: number): Content {
  return {
    stack: block.entries.map((entry) => toPdfEntry(entry, widthMm, block.numberDigits ?? 0)),
    ...toPdfStyle('contents'),
  };
}

/** `digits`: the number takes the room of at least so many digits when its line is broken (all digits are as wide). */
function toPdfEntry(entry: ContentsEntry, widthMm: number, digits: number): Content {
  const indentPt = mmToPt(((entry.depth ?? 1) - 1) * layout.contentsIndentMm);
  const widthPt = mmToPt(widthMm) - indentPt - slackPt;
  const hangPt = measureContentsHangPt(entry.text);
  const lines = breakLines(entry.text, widthPt, widthPt - hangPt);
  const page = entry.page === undefined ? '' : String(entry.page);
  const reserved = page.length >= digits ? page : '0'.repeat(digits);
  // A continuation line stands in by the hanging number (contents-hang.ts), and has that much less room.
  const roomOf = (i: number) => (i > 0 ? widthPt - hangPt : widthPt);
  let last = lines.pop() ?? '';
  if (widthOf(last) + widthOf(reserved) > roomOf(lines.length)) {
    lines.push(last);
    last = '';
  }
  const room = roomOf(lines.length) - widthOf(last) - widthOf(page);
  const count = Math.max(0, Math.floor(room / widthOf('.')));
  const dots = '.'.repeat(count);
  // The fraction of a dot the room leaves is shared between the dots, as LibreOffice spaces a leader.
  const spacing = count === 0 ? 0 : (room - count * widthOf('.')) / count;
  // The dots stand right-aligned, as a right tab's leader: every line's dots end at its number.
  return {
    ...(indentPt > 0 ? { margin: [indentPt, 0, 0, 0] as [number, number, number, number] } : {}),
    // Never parted across pages, as the DOCX keeps its lines together (keepLines): a heading's first line alone at
    // the foot of a page, its page number on the next, is what LibreOffice never does.
    unbreakable: true,
    stack: [
      ...lines.map((line, i) => ({ text: line, ...toHangMargin(i, hangPt) })),
      {
        ...toHangMargin(lines.length, hangPt),
        columns: [
          { width: 'auto', text: last },
          { width: '*', text: dots, alignment: 'right', characterSpacing: spacing },
          { width: 'auto', text: page },
        ],
        columnGap: 0,
      },
    ],
  };
}

/** Line `i` of an entry: the lines after the first stand in past the heading's number (contents-hang.ts). */
function toHangMargin(i: number, hangPt: number): { margin?: [number, number, number, number] } {
  return i > 0 && hangPt > 0 ? { margin: [hangPt, 0, 0, 0] } : {};
}

/**
 * Greedy lines at spaces within `firstPt` (the first line) and `restPt` (the others); a word longer than a line
 * stands alone on its line.
 */
function breakLines(text: string, firstPt: number, restPt: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ').filter((w) => w !== '')) {
    const current = lines.at(-1);
    const maxPt = lines.length > 1 ? restPt : firstPt;
    if (current !== undefined && widthOf(`${current} ${word}`) <= maxPt)
      lines[lines.length - 1] = `${current} ${word}`;
    else lines.push(word);
  }
  return lines;
}
