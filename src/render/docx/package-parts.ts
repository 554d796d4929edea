import { strFromU8 } from 'fflate';
import { styleNames } from '../../model/styles.js';
import { escapeXml } from '../escape-xml.js';
import { documentLanguage } from '../metadata.js';
import { pruneStyles } from './prune-styles.js';
import type { RawRowStore } from './raw-rows.js';
import { toStyleId } from './styles.js';
import { dropNeedlessPreserve } from './text-element.js';

type Part = string | Uint8Array;

const appXml =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"' +
  ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
  '<Application>{application}</Application><DocSecurity>0</DocSecurity></Properties>';

/**
 * Times New Roman as Word describes it (panose, family, pitch, Unicode and code-page ranges), with the Cyrillic
 * charset (CC, 204): a Word that lacks the font substitutes one that has Cyrillic letters.
 */
const timesNewRoman =
  '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="CC"/>' +
  '<w:family w:val="roman"/><w:pitch w:val="variable"/><w:sig w:usb0="E0002EFF" w:usb1="C000785B"' +
  ' w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"/></w:font>';

/**
 * The package parts docx writes empty or bare, written as Word writes its own: the application and its version
 * (app.xml), the language (core.xml's dc:language, settings' themeFontLang, so Word spell-checks and hyphenates
 * Russian on any installation), the font table, a cached page number in the PAGE fields (a previewer that does not
 * compute fields shows it instead of nothing), text elements marked to keep their spaces only where they have spaces to
 * keep (text-element.ts), and styles.xml without the library's unused styles.
 */
export function finishParts(
  parts: ReadonlyMap<string, Part>,
  application: string,
  raw?: RawRowStore,
): Map<string, Part> {
  const text = (path: string): string => {
    const data = parts.get(path) ?? '';
    return typeof data === 'string' ? data : strFromU8(data);
  };
  const finished = new Map(parts);
  const edit = (path: string, change: (xml: string) => string) => {
    if (parts.has(path)) finished.set(path, change(text(path)));
  };
  edit('docProps/app.xml', () => appXml.replace('{application}', escapeXml(application)));
  edit('docProps/core.xml', (xml) =>
    xml.replace('</cp:coreProperties>', `<dc:language>${documentLanguage}</dc:language>$&`),
  );
  edit('word/settings.xml', (xml) => {
    const lang = `<w:themeFontLang w:val="${documentLanguage}"/>`;
    return xml.includes('</w:compat>')
      ? xml.replace('</w:compat>', `$&${lang}`)
      : xml.replace('</w:settings>', `${lang}$&`);
  });
  edit('word/fontTable.xml', (xml) =>
    xml.replace(/<w:fonts\b([^>]*?)\/>\s*$/, `<w:fonts$1>${timesNewRoman}</w:fonts>`),
  );
  const headers = [...parts.keys()].filter((path) => /^word\/header\d+\.xml$/.test(path));
  for (const path of headers) edit(path, (xml) => dropNeedlessPreserve(cachePageNumber(xml)));
  const footers = [...parts.keys()].filter((path) =>
    /^word\/(?:footer\d+|footnotes|endnotes)\.xml$/.test(path),
  );
  for (const path of ['word/document.xml', ...footers]) edit(path, dropNeedlessPreserve);
  // The fast paragraphs and rows (raw-paragraphs.ts, raw-rows.ts) join document.xml later; their styles count too.
  const paragraphs = raw?.rows.filter((stored) => typeof stored === 'string') ?? [];
  const referring = [...['word/document.xml', 'word/numbering.xml', ...headers].map(text), ...paragraphs];
  const ours = ['Normal', ...styleNames.map((name) => toStyleId(name))];
  edit('word/styles.xml', (xml) => pruneStyles(xml, referring, [...ours, ...(raw?.rowStyles ?? [])]));
  return finished;
}

/**
 * A PAGE field with a result: the number headers show only from a section's second page (section.ts), so the
 * cached value is 2; Word and LibreOffice compute the real number when they lay the pages out.
 */
function cachePageNumber(xml: string): string {
  return xml.replace(
    /(<w:fldChar w:fldCharType="separate"\/><\/w:r>)(<w:r><w:fldChar w:fldCharType="end"\/>)/g,
    '$1<w:r><w:t>2</w:t></w:r>$2',
  );
}
