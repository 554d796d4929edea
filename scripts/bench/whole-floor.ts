// A peer as its user runs it, one whole process: `node whole-floor.mjs docxtemplater|pdfmake <content.yaml> <out>
// [template.docx]` with the fonts folder in GRAMOTA_FONTS. It reads the text of gramota's document (FloorContent, content.ts) from a YAML file, as a user's
// script reads its data, fills the raw library and writes the file. Bundled by whole-process.ts with every package
// left in node_modules, as such a script loads them.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { FloorContent } from './content.js';

const [kind, input, out, template] = process.argv.slice(2);
const content = parse(readFileSync(input!, 'utf8')) as FloorContent;
if (kind === 'docxtemplater') {
  const { fillTemplate, toTemplateData } = await import('./floor-docxtemplater.js');
  writeFileSync(out!, fillTemplate(readFileSync(template!), toTemplateData(content)));
} else if (kind === 'pdfmake') {
  const { renderRawPdf } = await import('./floor-pdfmake.js');
  writeFileSync(out!, await renderRawPdf(content, process.env.GRAMOTA_FONTS!));
} else {
  throw new Error(`unknown peer: ${kind}`);
}
