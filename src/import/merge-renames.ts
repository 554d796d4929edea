import { parsePersonName } from '../language/names.js';
import { documentIds } from '../plan/document-ids.js';
import type { Plan } from '../plan/schema/plan.js';
import type { PlanDoc } from './import-state.js';

type PersonEntry = { readonly name?: unknown; readonly position?: unknown };
type OrderEntry = { readonly date?: unknown; readonly number?: unknown };

/** What an imported plan adds to an existing one: its parts under the keys and ids they get there. */
export type MergedParts = {
  /** The imported people who are not in the plan, under their keys there. */
  readonly people: Record<string, unknown>;
  /** People of the plan without a position whom the import gives one: key → position. */
  readonly positions: Record<string, string>;
  readonly orders: Record<string, unknown>;
  readonly documents: PlanDoc[];
  /** Imported key or id → the one it has in the merged plan (people, orders, documents). */
  readonly renamed: ReadonlyMap<string, string>;
};

/**
 * The imported plan's parts renamed to fit an existing plan (plain data, neither is changed): a person the plan
 * has (same surname and initials) is the plan's key, and the plan's entry stays; another whose key is taken gets
 * «kuznetsova-2»; an order of `orders` with the plan's date and number is the plan's one; every document gets an
 * id of its own («appendix-1» → «appendix-2» when the plan has one), and its references (appendices, approve,
 * approval, people) follow.
 */
export function fitImportedParts(
  existing: Record<string, unknown>,
  imported: Record<string, unknown>,
): MergedParts {
  const renamed = new Map<string, string>();
  const ownPeople = (existing.people ?? {}) as Record<string, PersonEntry>;
  const taken = new Set(Object.keys(ownPeople));
  const people: Record<string, unknown> = {};
  const positions: Record<string, string> = {};
  for (const [key, person] of Object.entries((imported.people ?? {}) as Record<string, PersonEntry>)) {
    const same = Object.keys(ownPeople).find((k) => isSamePerson(ownPeople[k]!, person));
    if (same !== undefined) {
      renamed.set(key, same);
      const position = ownPeople[same]!.position;
      if (position === undefined && typeof person.position === 'string') positions[same] = person.position;
      continue;
    }
    const fresh = toFreeKey(key, taken);
    renamed.set(key, fresh);
    people[fresh] = person;
  }
  const ownOrders = (existing.orders ?? {}) as Record<string, OrderEntry>;
  const takenOrders = new Set(Object.keys(ownOrders));
  const orders: Record<string, unknown> = {};
  for (const [id, order] of Object.entries((imported.orders ?? {}) as Record<string, OrderEntry>)) {
    const same = Object.keys(ownOrders).find(
      (k) => ownOrders[k]!.date === order.date && ownOrders[k]!.number === order.number,
    );
    const fresh = same ?? toFreeKey(id, takenOrders);
    renamed.set(id, fresh);
    if (same === undefined) orders[fresh] = order;
  }
  const documents = (imported.documents ?? []) as PlanDoc[];
  const takenIds = new Set(documentIds(asPlanDocuments(existing)));
  const ids = documentIds(asPlanDocuments(imported)).map((id) => {
    const fresh = toFreeKey(id, takenIds);
    renamed.set(id, fresh);
    return fresh;
  });
  const fitted = documents.map((doc, d) => {
    // The id set after the references: «appendix-2» given to «appendix-1» is no reference to rename again.
    const { type, id: _id, ...rest } = renameRefs(doc, renamed) as PlanDoc;
    return { type, id: ids[d], ...rest };
  });
  return { people, positions, orders, documents: fitted, renamed };
}

function isSamePerson(a: PersonEntry, b: PersonEntry): boolean {
  if (typeof a.name !== 'string' || typeof b.name !== 'string') return false;
  const [x, y] = [parsePersonName(a.name), parsePersonName(b.name)];
  const tight = (s: string) => s.replace(/\s/g, '');
  return x.last.toLowerCase() === y.last.toLowerCase() && tight(x.initials) === tight(y.initials);
}

/** The key unless taken, else the next free one: «appendix-1» → «appendix-2», «volkov» → «volkov-2». */
function toFreeKey(key: string, taken: Set<string>): string {
  const numbered = /^(.*?)-(\d+)$/.exec(key);
  const [base, start] = numbered ? [numbered[1]!, Number(numbered[2])] : [key, 1];
  let free = key;
  for (let n = start + 1; taken.has(free); n++) free = `${base}-${n}`;
  taken.add(free);
  return free;
}

const asPlanDocuments = (plan: Record<string, unknown>) =>
  ({ documents: Array.isArray(plan.documents) ? plan.documents : [] }) as Pick<Plan, 'documents'>;

/**
 * Every value that is a whole key or id the merge renamed, renamed (people in responsible, signer, approval.by …;
 * ids in appendices, approve, approval.order …): keys are Latin words, never a text a document prints.
 */
function renameRefs(value: unknown, renamed: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return renamed.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => renameRefs(v, renamed));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renameRefs(v, renamed)]));
}
