import { escapeXml } from '../escape-xml.js';
import { documentLanguage, toMetadataText } from '../metadata.js';

/** The document information of a PDF file. */
export type PdfInfo = {
  readonly title: string;
  readonly author?: string;
  readonly creator: string;
  readonly producer: string;
  readonly creationDate: Date;
};

/**
 * The document information dictionary. PDF/A asks every entry to match the XMP metadata (toXmp), so both take
 * the same cleaned strings and the same instant; the file is never modified after it is made, so ModDate is
 * CreationDate.
 */
export function toInfoDictionary(info: PdfInfo): string {
  const date = `D:${info.creationDate.toISOString().replace(/[-:T]|\.\d+/g, '')}`;
  const entries = [
    ['Producer', info.producer],
    ['Creator', info.creator],
    ['CreationDate', date],
    ['ModDate', date],
    ['Title', toMetadataText(info.title)],
    ...(info.author === undefined ? [] : [['Author', toMetadataText(info.author)]]),
  ];
  return `<<\n${entries.map(([key, value]) => `/${key} ${toPdfString(value!)}`).join('\n')}\n>>\n`;
}

/**
 * The XMP packet of a PDF/A-2b file (ISO 19005-2 §6.6): the PDF/A identification, then the Info entries' XMP
 * equivalents and the language. UTF-8, escaped for XML (pdfkit's own packet writes a title's «&» raw).
 */
export function toXmp(info: PdfInfo): string {
  const date = `${info.creationDate.toISOString().slice(0, 19)}Z`;
  const author = info.author === undefined ? '' : toMetadataText(info.author);
  return [
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"' +
      ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"' +
      ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    '<pdfaid:part>2</pdfaid:part>',
    '<pdfaid:conformance>B</pdfaid:conformance>',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(toMetadataText(info.title))}</rdf:li></rdf:Alt></dc:title>`,
    ...(author === ''
      ? []
      : [`<dc:creator><rdf:Seq><rdf:li>${escapeXml(author)}</rdf:li></rdf:Seq></dc:creator>`]),
    `<dc:language><rdf:Bag><rdf:li>${documentLanguage}</rdf:li></rdf:Bag></dc:language>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:CreatorTool>${escapeXml(info.creator)}</xmp:CreatorTool>`,
    `<pdf:Producer>${escapeXml(info.producer)}</pdf:Producer>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

/** A PDF text string: ASCII as a literal, anything else as UTF-16BE hex with a byte order mark. */
export function toPdfString(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return `(${value.replace(/[\\()]/g, '\\$&')})`;
  return `<FEFF${Buffer.from(value, 'utf16le').swap16().toString('hex').toUpperCase()}>`;
}
