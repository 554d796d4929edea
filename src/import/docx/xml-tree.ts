import { SaxesParser } from 'saxes';

/** An XML element as plain data: its qualified name («w:p»), attributes and children in order. */
export type XmlElement = {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
};
export type XmlNode = XmlElement | string;

type Building = { name: string; attrs: Record<string, string>; children: XmlNode[] };

/** Parses a part of a DOCX into an element tree; throws on malformed XML (the caller reports a damaged file). */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const root: Building = { name: '#root', attrs: {}, children: [] };
  const stack: Building[] = [root];
  parser.on('opentag', (tag) => {
    const element: Building = {
      name: tag.name,
      attrs: tag.attributes as Record<string, string>,
      children: [],
    };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (value) => {
    stack.at(-1)!.children.push(value);
  });
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
  const top = root.children.find((c): c is Building => typeof c !== 'string');
  if (!top) throw new Error('empty XML part');
  return top;
}

/** Child elements of an element, optionally only those with the given name. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name),
  );
}

/** The first child element with the given name. */
export function childElement(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element ? childElements(element, name)[0] : undefined;
}

/** The `w:val` of a child element (`<w:pStyle w:val="…"/>`). */
export function childValue(element: XmlElement | undefined, name: string): string | undefined {
  return childElement(element, name)?.attrs['w:val'];
}

/** The text content of an element (all descendant text nodes). */
export function textContent(element: XmlElement): string {
  return element.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}
