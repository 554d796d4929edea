import {
  BuilderElement,
  LeaderType,
  Paragraph,
  Run,
  Tab,
  TabStopType,
  TextRun,
  type XmlComponent,
} from 'docx';
import type { Contents, ContentsEntry } from '../../model/schema.js';
import { layout } from '../../model/styles.js';
import { mmToTwip } from '../../model/units.js';
import { measureContentsHangPt } from '../contents-hang.js';
import type { DocxContext } from './context.js';
import { toStyleId } from './styles.js';

/**
 * Word's table of contents field over the section headings: outline level 2 (the style «Заголовок раздела»;
 * the document title is level 1), with hyperlinks, page numbers right-aligned. «Обновить поле» rebuilds it
 * from the headings; until then Word shows the cached result written here.
 */
export const contentsInstruction = ' TOC \\o "2-2" \\h \\z \\u ';

/**
 * The contents as a complex field whose result is already in place: a paragraph per heading with the page number
 * of our PDF layout, so Word and LibreOffice show the right numbers without updating the field. A right tab with
 * dot leaders at the margin takes the heading's last line to the number (render/pdf/contents.ts lays it out the
 * same way). No right indent: LibreOffice drops a tab stop beyond it, and the number with it.
 */
export function toDocxContents(block: Contents, context: DocxContext): Paragraph[] {
  const { entries } = block;
  if (entries.length === 0) return [];
  return entries.map(
    (entry, i) =>
      new Paragraph({
        style: toStyleId('contents'),
        // An entry of two lines or more never parts across pages (the PDF keeps it whole too).
        keepLines: true,
        ...toEntryIndent(entry),
        tabStops: [
          { type: TabStopType.RIGHT, position: mmToTwip(context.textWidthMm), leader: LeaderType.DOT },
        ],
        children: [
          ...(i === 0 ? [fieldRun('begin'), instructionRun(), fieldRun('separate')] : []),
          ...toEntryRuns(entry),
          ...(i === entries.length - 1 ? [fieldRun('end')] : []),
        ],
      }),
  );
}

/**
 * The entry's indent: its depth's, and the heading's number hanging (contents-hang.ts), its lines after the first
 * under the first letter of the heading's words, as the PDF sets them.
 */
function toEntryIndent(entry: ContentsEntry): { indent?: { left: number; hanging?: number } } {
  const depthTwip = mmToTwip(((entry.depth ?? 1) - 1) * layout.contentsIndentMm);
  const hangTwip = Math.round(measureContentsHangPt(entry.text) * 20);
  if (hangTwip === 0) return depthTwip === 0 ? {} : { indent: { left: depthTwip } };
  return { indent: { left: depthTwip + hangTwip, hanging: hangTwip } };
}

function toEntryRuns(entry: ContentsEntry): TextRun[] {
  return [
    new TextRun(entry.text),
    new TextRun({ children: [new Tab()] }),
    new TextRun(entry.page === undefined ? '' : String(entry.page)),
  ];
}

function fieldRun(type: 'begin' | 'separate' | 'end'): Run {
  const char = new BuilderElement<{ type: string; dirty?: boolean }>({
    name: 'w:fldChar',
    attributes: { type: { key: 'w:fldCharType', value: type } },
  });
  return new Run({ children: [char as unknown as XmlComponent] });
}

function instructionRun(): Run {
  const instruction = new BuilderElement<{ space: string }>({
    name: 'w:instrText',
    attributes: { space: { key: 'xml:space', value: 'preserve' } },
    children: [contentsInstruction as unknown as XmlComponent],
  });
  return new Run({ children: [instruction as unknown as XmlComponent] });
}
