import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { toFlowScalar } from './yaml-scalar.js';

/**
 * A numbered list in a cell of the table of rows (`{ numbered: [платформа;, инструкция пользователя] }`), shown as
 * the document numbers it, a line each: «1) платформа;» and «2) инструкция пользователя». None for any other value,
 * or for a list with an item that is no single text (edited in the plan's text).
 */
export function showNumbered(node: Node): string | undefined {
  if (!isMap(node) || node.items.length !== 1) return undefined;
  const list = node.get('numbered', true);
  if (!isSeq(list) || !list.items.every((item) => isScalar(item))) return undefined;
  return list.items.map((item, i) => `${i + 1}) ${String(item.value ?? '')}`).join('\n');
}

/**
 * A cell's text typed as a numbered list, back as the plan writes it: «1) платформа; 2) инструкция» (or a line each)
 * is `{ numbered: [платформа;, инструкция] }`. A text is a list when it starts with «1)»; it is cut only before the
 * next number in turn («2)», then «3)»), so that «2)» inside an item's own text stays there. None for other text.
 */
export function writeNumbered(typed: string): string | undefined {
  const text = typed.replace(/\s+/g, ' ').trim();
  if (!/^1\)\s/.test(text)) return undefined;
  const items: string[] = [];
  let rest = text.slice(2);
  for (let n = 2; ; n++) {
    const next = rest.search(new RegExp(`\\s${n}\\)\\s`));
    if (next === -1) break;
    items.push(rest.slice(0, next).trim());
    rest = rest.slice(next + String(n).length + 2);
  }
  items.push(rest.trim());
  const written = items.filter((item) => item !== '');
  return `{ numbered: [${written.map(toFlowScalar).join(', ')}] }`;
}
