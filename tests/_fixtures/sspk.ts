/**
 * The network partner «sspk» of the tests on network projects (orderPackage of plans.ts with `variants`): the
 * Самарский социально-педагогический колледж, its director Козлова Ирина Николаевна. Written out once, so that a
 * change of how a partner is written is made here.
 */
type Person = { readonly name: string; readonly position: string };

/** The college's director. */
export const kozlova: Person = { name: 'Козлова Ирина Николаевна', position: 'Директор' };

/** Its own number and date of the fixture package's order (orderPackage's order-roadmap). */
export const sspkOrderEntry = '    documents:\n      order-roadmap: { number: 245-о, date: 2020-09-28 }\n';

/**
 * The partner's entry in `variants`: its head's key (its own «kozlova», or «aleykina» when it replaces the plan's
 * head), its people (by default the director under that key), then the rest of the entry as written (its
 * `documents`, `orders`).
 */
export function writeSspk({
  head = 'kozlova',
  people = { [head]: kozlova },
  rest = '',
}: {
  readonly head?: string;
  readonly people?: Readonly<Record<string, Person>>;
  readonly rest?: string;
} = {}): string {
  const rows = Object.entries(people).map(
    ([key, { name, position }]) => `      ${key}: { name: ${name}, position: ${position} }\n`,
  );
  return `  - folder: sspk
    organization: { name: Самарский социально-педагогический колледж, short_name: ГБПОУ "ССПК", head: ${head} }
    people:
${rows.join('')}${rest}`;
}

/**
 * The partner replacing the plan's head and deputy under their keys (aleykina, spiridonova), with its own number of
 * the plan's order; the methodist (bushina) is shared by the network.
 */
export const sspkReplacing = writeSspk({
  head: 'aleykina',
  people: {
    aleykina: kozlova,
    spiridonova: { name: 'Морозова Ольга Викторовна', position: 'Заместитель директора' },
  },
  rest: '    documents: { order-roadmap: { number: 245-о } }\n',
});
