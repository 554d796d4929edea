import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';

/** Text as compared: no whitespace of any kind (lines wrap and justify differently), soft hyphens or zero-width spaces. */
export function squash(text: string): string {
  return text.replace(/[\s\u00AD\u200B]+/g, '');
}

/** The text of a PDF, pages joined; the page number that ends every page after the first is left out. */
export async function readPdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: false });
  return (text as string[]).map((page, i) => (i === 0 ? page : page.replace(/\n\s*\d+\s*$/, ''))).join('\n');
}

const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the XML escapes of a text node. */
function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name] ?? m;
  });
}

/** The text of a DOCX body: every <w:t> of word/document.xml in order, unescaped. */
export function readDocxText(bytes: Uint8Array): string {
  const part = 'word/document.xml';
  const xml = strFromU8(unzipSync(bytes, { filter: (f) => f.name === part })[part]!);
  const runs = xml.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>/g) ?? [];
  return runs.map((run) => unescapeXml(run.replace(/^<w:t[^>]*>|<\/w:t>$/g, ''))).join('');
}
