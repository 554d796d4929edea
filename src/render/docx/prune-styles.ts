const styleElement = /<w:style\b[^>]*>[\s\S]*?<\/w:style>/g;
const styleReference = /<w:(?:pStyle|rStyle|tblStyle|numStyleLink|styleLink) w:val="([^"]+)"\/>/g;
const styleLinks = /<w:(?:basedOn|next|link) w:val="([^"]+)"\/>/g;

/**
 * styles.xml without the docx library's built-in styles that nothing uses (its blue Heading 1–6, Title, TOC,
 * footnote and hyperlink styles would fill Word's gallery beside ours) and without links (basedOn, next, link)
 * to a style the part does not define. Kept: the styles named in `keep` (ours), the defaults, every style
 * another part refers to (`parts`: document, headers, numbering…), and the styles those are based on or link to.
 */
export function pruneStyles(stylesXml: string, parts: readonly string[], keep: readonly string[]): string {
  const all = [...stylesXml.matchAll(styleElement)].map((m) => ({ xml: m[0], id: readId(m[0]) }));
  const byId = new Map(all.map((style) => [style.id, style.xml]));
  const referred = new Set<string>(); // a big table's rows name a style tens of thousands of times
  for (const xml of parts) for (const match of xml.matchAll(styleReference)) referred.add(match[1]!);
  const wanted = [
    ...keep,
    ...all.filter((style) => /^<w:style\b[^>]*w:default="(?:1|true)"/.test(style.xml)).map((s) => s.id),
    ...referred,
  ];
  const kept = new Set<string>();
  for (let next = 0; next < wanted.length; next++) {
    const id = wanted[next]!;
    if (kept.has(id) || !byId.has(id)) continue;
    kept.add(id);
    wanted.push(...[...byId.get(id)!.matchAll(styleLinks)].map((m) => m[1]!));
  }
  return stylesXml.replace(styleElement, (xml) =>
    kept.has(readId(xml)) ? xml.replace(styleLinks, (link, id: string) => (kept.has(id) ? link : '')) : '',
  );
}

function readId(styleXml: string): string {
  return /w:styleId="([^"]*)"/.exec(styleXml)?.[1] ?? '';
}
