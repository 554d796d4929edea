import type { Content } from 'pdfmake/interfaces.js';
import type { Contents, ContentsEntry } from '../../model/schema.js';
import { layout, styles } from '../../model/styles.js';
import { mmToPt } from '../../model/units.js';
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
  const lines = breakLines(entry.text, widthPt);
  const page = entry.page === undefined ? '' : String(entry.page);
  const reserved = page.length >= digits ? page : '0'.repeat(digits);
  let last = lines.pop() ?? '';
  if (widthOf(last) + widthOf(reserved) > widthPt) {
    lines.push(last);
    last = '';
  }
  const room = widthPt - widthOf(last) - widthOf(page);
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
      ...lines.map((line) => ({ text: line })),
      {
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

/** Greedy lines at spaces within `maxPt`; a word longer than a line stands alone on its line. */
function breakLines(text: string, maxPt: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ').filter((w) => w !== '')) {
    const current = lines.at(-1);
    if (current !== undefined && widthOf(`${current} ${word}`) <= maxPt)
      lines[lines.length - 1] = `${current} ${word}`;
    else lines.push(word);
  }
  return lines;
}
