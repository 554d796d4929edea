import { isMap, isNode, isScalar } from 'yaml';
import type { LoadedYaml } from './load.js';

export type Position = { readonly line: number; readonly column: number };

/**
 * Position of the value at `path` (of its key when `atKey`); for a path that does not exist,
 * the key of the deepest existing ancestor.
 */
export function locate(loaded: LoadedYaml, path: readonly PropertyKey[], atKey = false): Position {
  const { doc, lines } = loaded;
  const keys = path.filter((k): k is string | number => typeof k !== 'symbol');
  for (let n = keys.length; n >= 0; n--) {
    const sub = keys.slice(0, n);
    const node = n === 0 ? doc.contents : doc.getIn(sub, true);
    if (!isNode(node) || !node.range) continue;
    let offset = node.range[0];
    if ((n < keys.length || atKey) && n > 0) {
      const parent = n === 1 ? doc.contents : doc.getIn(sub.slice(0, -1), true);
      const pair = isMap(parent)
        ? parent.items.find((p) => isScalar(p.key) && p.key.value === sub[n - 1])
        : undefined;
      if (pair && isNode(pair.key) && pair.key.range) offset = pair.key.range[0];
    }
    const pos = lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  }
  return { line: 1, column: 1 };
}
