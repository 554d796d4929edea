import fc from 'fast-check';
import { isCollection, parseDocument, stringify, visit } from 'yaml';
import { keyWords, plainValues } from './_vocabulary.js';

/**
 * Mutations of a plan's data, written back as well-formed YAML: they get past the YAML parser and exercise the
 * schema, the cross-checks and, when the plan is still valid, resolving, templates and rendering. A node (picked by
 * its index in document order) is deleted, replaced by a value of another type, swapped for another node of the
 * plan (a list where a text was, a document where a cell was), renamed, doubled or wrapped in a list.
 */
type Path = readonly (string | number)[];
export type DataMutation = {
  readonly kind: 'delete' | 'replace' | 'graft' | 'rename' | 'double' | 'wrap';
  readonly at: number;
  readonly other: number;
};

export const dataMutationArb: fc.Arbitrary<DataMutation> = fc.record({
  kind: fc.constantFrom('delete', 'replace', 'graft', 'rename', 'double', 'wrap'),
  at: fc.nat(),
  other: fc.nat(),
});

/** Every path of the data below the root, in document order. */
function listPaths(data: unknown, path: Path = []): Path[] {
  if (data === null || typeof data !== 'object') return [];
  return Object.keys(data).flatMap((key) => {
    const child: Path = [...path, Array.isArray(data) ? Number(key) : key];
    return [child, ...listPaths((data as Record<string, unknown>)[key], child)];
  });
}

function getAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], data);
}

/** A copy of `data` with the node at `path` replaced by what `change` returns for its parent and key. */
function changeAt(
  data: unknown,
  path: Path,
  change: (parent: unknown[] | Record<string, unknown>, key: string | number) => void,
): unknown {
  const copy = structuredClone(data);
  const parent = getAt(copy, path.slice(0, -1)) as unknown[] | Record<string, unknown>;
  change(parent, path.at(-1)!);
  return copy;
}

/** Sets an own property, also for `__proto__` (an assignment would change the prototype instead). */
function defineOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Applies one mutation to plan data (unchanged if the plan has no nodes). */
export function applyDataMutation(data: unknown, m: DataMutation): unknown {
  const paths = listPaths(data);
  if (paths.length === 0) return data;
  const path = paths[m.at % paths.length]!;
  const set = (value: unknown) => changeAt(data, path, (parent, key) => defineOwn(parent, key, value));
  switch (m.kind) {
    case 'delete':
      return changeAt(data, path, (parent, key) => {
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete parent[key];
      });
    case 'replace':
      return set(structuredClone(plainValues[m.other % plainValues.length]));
    case 'graft':
      return set(structuredClone(getAt(data, paths[m.other % paths.length]!)));
    case 'wrap':
      return set([getAt(data, path)]);
    case 'double':
      return changeAt(data, path, (parent, key) => {
        const value = structuredClone((parent as Record<string, unknown>)[key]);
        if (Array.isArray(parent)) parent.splice(Number(key), 0, value);
        else defineOwn(parent, `${key}_copy`, value);
      });
    case 'rename':
      return changeAt(data, path, (parent, key) => {
        if (Array.isArray(parent)) return;
        const entries = Object.entries(parent);
        for (const [k] of entries) delete parent[k];
        for (const [k, v] of entries)
          defineOwn(parent, k === key ? keyWords[m.other % keyWords.length]! : k, v);
      });
  }
}

/** A plan text parsed, given one to `most` data mutations, and written back as YAML. */
export function mutatedDataArb(seed: fc.Arbitrary<string>, most = 3): fc.Arbitrary<string> {
  return fc
    .tuple(seed, fc.array(dataMutationArb, { minLength: 1, maxLength: most }))
    .map(([source, mutations]) => {
      const data = toPlainData(source);
      // A seed from the bad-input corpus that is not plain YAML data stays as it is.
      return data === undefined ? source : stringify(mutations.reduce(applyDataMutation, data));
    });
}

/** The data of a YAML text; none for a text with syntax errors or a key that is a list or mapping (a corpus case). */
function toPlainData(source: string): unknown {
  const doc = parseDocument(source);
  let complexKey = false;
  visit(doc, {
    Pair(_, pair) {
      complexKey ||= isCollection(pair.key);
    },
  });
  if (doc.errors.length > 0 || complexKey) return undefined;
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch {
    return undefined; // aliases that expand without bound
  }
}
