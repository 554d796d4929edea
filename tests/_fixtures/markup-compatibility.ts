import { SaxesParser } from 'saxes';

const mcNamespace = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/**
 * The markup-compatibility step of ECMA-376 Part 3 that a consumer runs before validating against the schemas:
 * elements and attributes of the namespaces that mc:Ignorable lists are dropped, mc:AlternateContent becomes
 * its mc:Fallback, and the mc attributes themselves go. Namespace declarations are kept as written.
 */
export function applyMarkupCompatibility(xml: string): string {
  const parser = new SaxesParser({ xmlns: true });
  const out: string[] = [];
  const ignorable = new Set<string>();
  /** Depth inside something dropped (0: writing), and what each open element did. */
  let skipping = 0;
  const open: ('write' | 'skip' | 'unwrap')[] = [];
  parser.on('xmldecl', (decl) => {
    out.push(`<?xml version="${decl.version ?? '1.0'}" encoding="UTF-8"?>`);
  });
  parser.on('opentag', (node) => {
    const ignoredHere = node.attributes['mc:Ignorable'];
    if (ignoredHere) {
      for (const prefix of String(ignoredHere.value).split(/\s+/)) {
        const uri = node.ns[prefix] ?? parser.resolve(prefix);
        if (uri) ignorable.add(uri);
      }
    }
    const uri = node.uri;
    const isFallback = uri === mcNamespace && node.local === 'Fallback';
    const isAlternate = uri === mcNamespace && node.local === 'AlternateContent';
    if (skipping > 0 || ignorable.has(uri) || (uri === mcNamespace && !isFallback && !isAlternate)) {
      skipping += 1;
      open.push('skip');
      return;
    }
    if (isAlternate || isFallback) {
      open.push('unwrap');
      return;
    }
    const attributes = Object.values(node.attributes)
      .filter((a) => a.uri !== mcNamespace && !ignorable.has(a.uri))
      .map((a) => ` ${a.name}="${escapeText(a.value)}"`);
    out.push(`<${node.name}${attributes.join('')}>`);
    open.push('write');
  });
  parser.on('closetag', (node) => {
    const what = open.pop();
    if (what === 'skip') skipping -= 1;
    else if (what === 'write') out.push(`</${node.name}>`);
  });
  parser.on('text', (text) => {
    if (skipping === 0) out.push(escapeText(text));
  });
  parser.write(xml).close();
  return out.join('');
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
