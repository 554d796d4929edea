import { personFields } from './check-base-employees.js';
import type { Path } from './list-items.js';

/**
 * Every string under `value`, with its path from `at` (the keys in `skip` left out). The path is one array the walk
 * changes as it goes — copy it to keep it — so that a roadmap of 1,000 rows costs a walk and what `visit` does.
 */
export function forEachText(
  value: unknown,
  at: Path,
  visit: (text: string, path: Path) => void,
  skip?: ReadonlySet<string>,
): void {
  const path: (string | number)[] = [...at];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') visit(node, path);
    else if (Array.isArray(node))
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        walk(node[i]);
        path.pop();
      }
    else if (node !== null && typeof node === 'object')
      for (const key in node) {
        if (skip?.has(key)) continue;
        path.push(key);
        walk((node as Record<string, unknown>)[key]);
        path.pop();
      }
  };
  walk(value);
}

/** Every text typed in the documents with its path, but for the fields that name people by key or name. */
export function forEachTypedText(documents: unknown, visit: (value: string, path: Path) => void): void {
  forEachText(documents, ['documents'], visit, personFields);
}
