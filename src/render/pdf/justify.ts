import { platform } from '../../platform/index.js';

type Inline = { text?: string; x: number; justifyShift?: number };
type Line = {
  inlines: Inline[];
  newLineForced?: boolean;
  lastLineInParagraph?: boolean;
  x?: number;
  getWidth(): number;
};
type Writer = { context(): { availableWidth: number }; alignLine(line: Line): void };

let patched = false;

/**
 * Justifies like Word: extra width goes only into the spaces between words. pdfmake spreads it over every
 * break opportunity, so «учебно-методической» came out as «учебно- методической» on justified lines.
 * Installed once on pdfmake's ElementWriter, from fonts.ts, the module that owns the pdfmake singleton.
 */
export function patchJustification(): void {
  if (patched) return;
  const ElementWriter = platform.loadModule<{ default: { prototype: Writer } }>(
    'pdfmake/js/ElementWriter.js',
  ).default;
  const original = ElementWriter.prototype.alignLine;
  ElementWriter.prototype.alignLine = function alignLine(this: Writer, line: Line) {
    const justify = line.inlines[0] && (line.inlines[0] as { alignment?: string }).alignment === 'justify';
    if (!justify || line.newLineForced || line.lastLineInParagraph || line.inlines.length < 2) {
      original.call(this, line);
      return;
    }
    const gaps = line.inlines.map((_, i) => i > 0 && /\s$/.test(line.inlines[i - 1]?.text ?? ''));
    const count = gaps.filter(Boolean).length;
    if (count === 0) return;
    const extra = (this.context().availableWidth - line.getWidth()) / count;
    let shift = 0;
    line.inlines.forEach((inline, i) => {
      if (gaps[i]) shift += extra;
      inline.x += shift;
      inline.justifyShift = gaps[i] ? extra : 0;
    });
  };
  patched = true;
}
