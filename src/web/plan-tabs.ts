import { type Document, isMap, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { packageTitle } from '../package/assemble.js';
import { ownFolder } from '../plan/variants.js';
import type { BuiltFile } from '../studio/protocol.js';

/** A tab of the studio: a file of the package, built or not yet. */
export type PlanTab = Pick<BuiltFile, 'id' | 'title' | 'kind' | 'organization'>;

/**
 * The tabs a plan's build would have, read from its text as far as it can be read: while the plan has a mistake and
 * nothing of it was built yet (a reload, a file opened with its mistake), the user still sees her documents and can
 * open the roadmap's table of rows. A plan of two documents or more ends with the package's PDF, as the build does
 * (package/assemble.ts). A network project's own organisation comes first, then each partner's documents, as
 * studio/build-result.ts names them: without those its leave_out names or whose `only_for` does not name its folder
 * (plan/variants.ts).
 */
export function readPlanTabs(text: string): PlanTab[] {
  const plan = parseDocument(text);
  const documents = listDocuments(plan.get('documents', true));
  const own = readOwnFolder(plan);
  const tabs = toTabs(documents, (map) => own === undefined || namesFolder(map, own));
  const variants = plan.get('variants', true);
  if (own === undefined || !isSeq(variants)) return tabs;
  return [
    ...tabs,
    ...variants.items.flatMap((variant) => {
      const partner = isMap(variant) ? readPartner(variant) : undefined;
      if (partner === undefined) return [];
      const kept = (map: YAMLMap, id: string) => !partner.leftOut.has(id) && namesFolder(map, partner.folder);
      return toTabs(documents, kept).map((tab) => ({
        ...tab,
        id: `${partner.folder}/${tab.id}`,
        organization: partner.name,
      }));
    }),
  ];
}

/** The tabs of the documents an organisation keeps, and its package's when it has two or more. */
function toTabs(
  documents: readonly { readonly id: string; readonly map: YAMLMap }[],
  keep: (map: YAMLMap, id: string) => boolean,
): PlanTab[] {
  const tabs = documents
    .filter(({ id, map }) => keep(map, id))
    .map(({ id, map }): PlanTab => {
      const title = map.get('title');
      return { id, title: typeof title === 'string' && title.trim() !== '' ? title : id, kind: 'document' };
    });
  return tabs.length < 2 ? tabs : [...tabs, { id: 'package', title: packageTitle, kind: 'package' }];
}

/** A partner as its text says it: its folder, the name its tabs show, the documents it leaves out. */
function readPartner(variant: YAMLMap): { folder: string; name: string; leftOut: Set<string> } | undefined {
  const name = variant.getIn(['organization', 'short_name']) ?? variant.getIn(['organization', 'name']);
  const folder = variant.get('folder');
  if (typeof name !== 'string' || name.trim() === '') return undefined;
  const left = variant.get('leave_out', true);
  const leftOut = new Set(
    isSeq(left)
      ? left.items.flatMap((item) => (isScalar(item) && typeof item.value === 'string' ? [item.value] : []))
      : [],
  );
  return {
    folder: typeof folder === 'string' && folder !== '' ? folder : ownFolder({ organization: { name } }),
    name,
    leftOut,
  };
}

/** The folder of a network project's own organisation, if the text has variants and its organisation's name. */
function readOwnFolder(plan: Document): string | undefined {
  if (!isSeq(plan.get('variants', true))) return undefined;
  const name = plan.getIn(['organization', 'short_name']) ?? plan.getIn(['organization', 'name']);
  return typeof name === 'string' && name.trim() !== '' ? ownFolder({ organization: { name } }) : undefined;
}

/** Whether a document's `only_for`, if it is a list, names the folder. */
function namesFolder(map: YAMLMap, folder: string): boolean {
  const folders = map.get('only_for', true);
  return !isSeq(folders) || folders.items.some((item) => isScalar(item) && item.value === folder);
}

/**
 * The documents of a plan's `documents` list with their ids as the build gives them (plan/document-ids.ts): a
 * document's own `id`, or its type and position («roadmap-1»). An entry with no type is no document.
 */
export function listDocuments(documents: unknown): { readonly id: string; readonly map: YAMLMap }[] {
  if (!isSeq(documents)) return [];
  const counts = new Map<string, number>();
  return documents.items.flatMap((map) => {
    const type = isMap(map) ? map.get('type') : undefined;
    if (!isMap(map) || typeof type !== 'string' || type === '') return [];
    const n = (counts.get(type) ?? 0) + 1;
    counts.set(type, n);
    const own = map.get('id');
    return [{ id: typeof own === 'string' && own !== '' ? own : `${type}-${n}`, map }];
  });
}
