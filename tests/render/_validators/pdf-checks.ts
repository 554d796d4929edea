import { SaxesParser } from 'saxes';
import { runTool } from './tools.js';

type Json = Record<string, unknown>;
type QpdfJson = {
  qpdf: [{ pdfversion: string }, Record<string, { value?: unknown; stream?: { dict: Json; data?: string } }>];
  pages: { object: string; label: { '/S'?: string; '/St'?: number } | null }[];
  pagelabels: { index: number; label: { '/S'?: string; '/St'?: number } }[];
  outlines: { title: string; destpageposfrom1: number }[];
};

/** `qpdf --check`: its complaints, empty when it finds no syntax or stream error. */
export function checkWithQpdf(path: string): string[] {
  const { status, output } = runTool('qpdf', ['--check', path]);
  if (status === 0 && output.includes('No syntax or stream encoding errors found')) return [];
  return [`qpdf --check ${path}: ${output.trim()}`];
}

/** The file as qpdf reads it: its objects (streams inline), pages with their labels, and bookmarks. */
export function readWithQpdf(path: string): QpdfJson {
  const { output } = runTool('qpdf', [
    '--json',
    '--json-stream-data=inline',
    '--decode-level=generalized',
    path,
  ]);
  return JSON.parse(output) as QpdfJson;
}

/**
 * The PDF/A-2b structure a validator looks at first (veraPDF, the reference validator, is not installable here):
 * version ≥ 1.4, XMP metadata with the PDF/A identification and the title, language and dates of the Info
 * dictionary, an sRGB output intent with its profile, every font embedded, /Lang, a file identifier, no encryption.
 */
export function checkPdfA(pdf: QpdfJson): string[] {
  const [header, objects] = pdf.qpdf;
  const get = (ref: unknown) => objects[`obj:${String(ref)}`];
  const value = (ref: unknown) => (get(ref)?.value ?? get(ref)?.stream?.dict ?? {}) as Json;
  const trailer = objects.trailer?.value as Json;
  const catalog = value(trailer['/Root']);
  // An entry may be an indirect object (pdfkit writes the information's strings so).
  const info = Object.fromEntries(
    Object.entries(value(trailer['/Info'])).map(([k, v]) => [
      k,
      /^\d+ 0 R$/.test(String(v)) ? get(v)?.value : v,
    ]),
  );
  const problems: string[] = [];
  const expect = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  expect(Number(header.pdfversion) >= 1.4, `version ${header.pdfversion} < 1.4`);
  expect(catalog['/Lang'] === 'u:ru-RU', `/Lang is ${String(catalog['/Lang'])}`);
  expect(Array.isArray(trailer['/ID']) && trailer['/Encrypt'] === undefined, 'no /ID, or encrypted');
  const metadata = get(catalog['/Metadata'])?.stream;
  const xmp = Buffer.from(metadata?.data ?? '', 'base64').toString('utf8');
  expect(metadata?.dict['/Filter'] === undefined, 'the XMP stream is filtered');
  expect(isWellFormed(xmp), 'the XMP is not well-formed XML');
  expect(/<pdfaid:part>2<\/pdfaid:part>/.test(xmp), 'no pdfaid:part 2 in the XMP');
  expect(/<pdfaid:conformance>B<\/pdfaid:conformance>/.test(xmp), 'no pdfaid:conformance B in the XMP');
  expect(/<dc:language>.*<rdf:li>ru-RU<\/rdf:li>/s.test(xmp), 'no dc:language ru-RU in the XMP');
  const title = /<dc:title>.*?<rdf:li[^>]*>(.*?)<\/rdf:li>/s.exec(xmp)?.[1];
  expect(
    title !== undefined && `u:${unescapeXml(title)}` === info['/Title'],
    `XMP title ${title} ≠ Info title`,
  );
  const created = /<xmp:CreateDate>(.*?)<\/xmp:CreateDate>/.exec(xmp)?.[1] ?? '';
  const infoDate = String(info['/CreationDate'] ?? '').replace(
    /^u:D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z$/,
    '$1-$2-$3T$4:$5:$6Z',
  );
  expect(
    created === infoDate,
    `XMP CreateDate ${created} ≠ Info CreationDate ${String(info['/CreationDate'])}`,
  );
  expect(
    String(info['/Title'] ?? '').match(/[\u00a0\u00ad]/) === null,
    'no-break space or soft hyphen in the title',
  );
  const intents = (catalog['/OutputIntents'] ?? []) as unknown[];
  const srgb = intents.map(value).find((intent) => intent['/S'] === '/GTS_PDFA1');
  const profile = get(srgb?.['/DestOutputProfile'])?.stream?.dict;
  expect(profile?.['/N'] === 3, 'no GTS_PDFA1 output intent with an RGB profile');
  for (const [key, object] of Object.entries(objects)) {
    const dict = (object.value ?? {}) as Json;
    if (dict['/Type'] === '/FontDescriptor') {
      const embedded = ['/FontFile', '/FontFile2', '/FontFile3'].some((k) => dict[k] !== undefined);
      expect(embedded, `${key}: font ${String(dict['/FontName'])} is not embedded`);
    }
    if (dict['/Type'] === '/Font' && dict['/Subtype'] !== '/Type0' && dict['/Subtype'] !== '/Type3') {
      expect(
        dict['/FontDescriptor'] !== undefined,
        `${key}: font ${String(dict['/BaseFont'])} has no descriptor`,
      );
    }
  }
  return problems;
}

/** Each page's label as a number (decimal labels: /St, default 1, counted on from its range's first page). */
export function readPageLabels(pdf: QpdfJson): (number | undefined)[] {
  return pdf.pages.map((_, i) => {
    const range = [...pdf.pagelabels].reverse().find((r) => r.index <= i);
    if (range?.label['/S'] !== '/D') return undefined;
    return (range.label['/St'] ?? 1) + i - range.index;
  });
}

function isWellFormed(xml: string): boolean {
  try {
    new SaxesParser().write(xml).close();
    return true;
  } catch {
    return false;
  }
}

function unescapeXml(value: string): string {
  return value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
