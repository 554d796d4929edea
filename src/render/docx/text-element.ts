/**
 * A text element as Word writes it: `xml:space="preserve"` only on a text whose spaces a reader could otherwise drop
 * — a space at either end, two in a row, a tab or a line break (XML's whitespace; a no-break space is not). docx
 * marks every text element; in a big table the mark was a quarter of word/document.xml.
 */
const loseableSpace = /^ | $| {2}|[\t\r\n]/;

/** w:t of a text already escaped for XML. */
export function writeTextElement(escaped: string): string {
  return loseableSpace.test(escaped) ? `<w:t xml:space="preserve">${escaped}</w:t>` : `<w:t>${escaped}</w:t>`;
}

/** A part's XML with each text element written by writeTextElement. */
export function dropNeedlessPreserve(xml: string): string {
  return xml.replace(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g, (_, escaped: string) =>
    writeTextElement(escaped),
  );
}
