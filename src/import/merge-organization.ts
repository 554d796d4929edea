import { type Document, isScalar, type LineCounter, type Node, type Pair, stringify } from 'yaml';
import { importText } from '../messages.js';
import { marker } from './emit-yaml.js';
import { findShortName, makeShortName } from './recognise/short-name.js';
import { columnAt, findLineAfter, type Insertion, isBlockMap } from './splice-yaml.js';

type Organization = { readonly name?: unknown; readonly short_name?: unknown; readonly city?: unknown };

/** The notes an import leaves on a name it did not find, which the full name answers. */
const asked: readonly string[] = [importText.organizationShortOnly, importText.organizationUnknown];

/**
 * `--into`: the plan's organization filled in from the file where the plan has only the import's placeholder or a
 * short name («ГБПОУ «СПК»», her roadmap's import asked «впишите полное») and the file gives the full name of the
 * same organization (its short name is the plan's, or is made of it): the full name goes in place of the short one,
 * with a note and without the note that asked for it, and the city and short name the plan lacks go in too.
 * Undefined where there is nothing to fill (the plan keeps its organization; merge-plan.ts notes a different one).
 */
export function fillOrganization(
  doc: Document,
  text: string,
  lines: LineCounter,
  imported: Record<string, unknown>,
  source: string,
): Insertion[] | undefined {
  const organization = doc.get('organization', true);
  if (!isBlockMap(organization)) return undefined;
  const own = organization.toJSON() as Organization;
  const theirs = (imported.organization ?? {}) as Organization;
  if (typeof own.name !== 'string' || typeof theirs.name !== 'string' || !isFuller(theirs, own))
    return undefined;
  const pairs = organization.items as Pair<Node, Node>[];
  const namePair = pairs.find((p) => isScalar(p.key) && p.key.value === 'name');
  if (!namePair?.value?.range || !namePair.key.range) return undefined;
  const indent = ' '.repeat(columnAt(lines, namePair.key.range[0]));
  const line = (key: string, value: unknown) =>
    `${indent}${key}: ${stringify(value, { lineWidth: 0 }).trimEnd()}\n`;
  // The name's line, and the notes above it that asked for the full name.
  let start = text.lastIndexOf('\n', namePair.key.range[0] - 1) + 1;
  for (;;) {
    const previous = text.lastIndexOf('\n', start - 2) + 1;
    const comment = text.slice(previous, start).trim();
    if (start === 0 || !asked.some((a) => comment === `# ${marker} ${a}`)) break;
    start = previous;
  }
  const missing = (['short_name', 'city'] as const).filter(
    (key) => own[key] === undefined && typeof theirs[key] === 'string',
  );
  const was = own.name === importText.organizationPlaceholder ? undefined : String(own.name);
  const note = `${indent}# ${marker} ${importText.organizationFilled(source, missing.includes('city'), was)}\n`;
  return [
    { at: start, end: findLineAfter(text, namePair.value.range[1]), text: note + line('name', theirs.name) },
    ...missing.map((key) => ({
      at: findLineAfter(text, organization.range![1]),
      text: line(key, theirs[key]),
    })),
  ];
}

/** The file's name is the full one of the plan's organization, which the plan has not (or only its short name). */
function isFuller(theirs: Organization, own: Organization): boolean {
  const name = String(theirs.name);
  const ownName = String(own.name);
  if (name === ownName || name === importText.organizationPlaceholder || findShortName(name) === name.trim())
    return false;
  if (ownName === importText.organizationPlaceholder) return true;
  const short = findShortName(ownName) === ownName.trim() || ownName === own.short_name;
  const same = [theirs.short_name, makeShortName(name)].some(
    (s) => s !== undefined && (s === ownName || s === own.short_name),
  );
  return short && same;
}
