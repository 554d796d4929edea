import fc from 'fast-check';
import {
  cellTextArb,
  dateByEndArb,
  freePersonArb,
  headingTitleArb,
  itemTextArb,
  type Period,
  termArb,
  textArb,
  titleArb,
  toPeriodValue,
} from './_text.js';

/** What documents of a generated plan may refer to: the period and the keys of `people`. */
/** `signers`: the people with a position, who may sign a stamp (a signatory needs one, check-plan.ts). */
export type PlanContext = {
  readonly period: Period;
  readonly people: readonly string[];
  readonly signers: readonly string[];
};

type Item = Record<string, unknown>;
type Layout = 'items' | 'rows' | 'column';

const optionalColumns = ['number', 'goal', 'result', 'term', 'evidence', 'responsible', 'report'] as const;
// `constructor` is a valid column key that every JS object also inherits.
const customKeys = ['partners', 'budget_2', 'constructor'] as const;

/** A cell: text, a list inside the cell, or a numbered list. */
export const cellArb = fc.oneof(
  { weight: 4, arbitrary: cellTextArb },
  { weight: 1, arbitrary: fc.array(itemTextArb, { minLength: 1, maxLength: 3 }) },
  {
    weight: 1,
    arbitrary: fc.array(itemTextArb, { minLength: 1, maxLength: 3 }).map((numbered) => ({ numbered })),
  },
);

/** Text blocks of `intro`, a passport value or a free document. */
export const blockArb = fc.oneof(
  textArb.map((heading) => ({ heading })),
  fc.record({ paragraph: textArb, align: fc.constantFrom('left', 'center', 'right', 'justify') }),
  fc.array(itemTextArb, { minLength: 1, maxLength: 3 }).map((list) => ({ list })),
  fc
    .array(
      fc.oneof(
        itemTextArb,
        fc.record({ text: itemTextArb, list: fc.array(itemTextArb, { minLength: 1, maxLength: 2 }) }),
      ),
      {
        minLength: 1,
        maxLength: 3,
      },
    )
    .map((numbered) => ({ numbered })),
);

/** Someone responsible: a key, several keys, or free text. */
function responsibleArb(ctx: PlanContext): fc.Arbitrary<unknown> {
  const key = fc.constantFrom(...ctx.people);
  return fc.oneof(key, fc.uniqueArray(key, { minLength: 1, maxLength: 3 }), freePersonArb);
}

/** An item with a value for some of the table's columns and, above the last level, nested items. */
function itemArb(ctx: PlanContext, columns: readonly string[], depth: number): fc.Arbitrary<Item> {
  const value = (key: string): fc.Arbitrary<unknown> =>
    key === 'term' ? termArb(ctx.period) : key === 'responsible' ? responsibleArb(ctx) : cellArb;
  const cells = columns.filter((c) => c !== 'number' && c !== 'stage' && c !== 'activity');
  const shape: Record<string, fc.Arbitrary<unknown>> = { activity: itemTextArb };
  for (const key of cells) shape[key] = value(key);
  const children =
    depth > 0
      ? fc.option(fc.array(itemArb(ctx, columns, depth - 1), { minLength: 1, maxLength: 2 }), {
          freq: 3,
          nil: [],
        })
      : fc.constant([]);
  return fc
    .tuple(fc.record(shape, { requiredKeys: ['activity'] }), children)
    .map(([item, items]) => (items.length > 0 ? { ...item, items } : item));
}

const maxColumns = 9;

/** The table part: columns, their titles, items or stages (FORMAT.md, «roadmap»). */
export function roadmapTableArb(ctx: PlanContext): fc.Arbitrary<Item> {
  const layout = fc.constantFrom<Layout>('items', 'rows', 'column');
  const custom = fc.uniqueArray(fc.constantFrom(...customKeys), { maxLength: 2 });
  return fc
    .tuple(
      layout,
      fc.subarray([...optionalColumns]),
      custom,
      fc.array(textArb, { minLength: 2, maxLength: 2 }),
    )
    .chain(([mode, allStandard, keys, customTitles]) => {
      // At most nine columns: in narrower ones words break between letters and rows outgrow a page
      // (valid-plans.test.ts), which the renderers handle but this property cannot read back in one piece.
      const standard = allStandard.slice(0, maxColumns - (mode === 'column' ? 2 : 1) - keys.length);
      const columns = [...(mode === 'column' ? ['stage'] : []), 'activity', ...standard, ...keys];
      const items = fc.array(itemArb(ctx, columns, 2), { minLength: 1, maxLength: 2 });
      // A stage's term is the whole period or words: every item's term (inside the period) then meets it, as a
      // valid plan's must (check-term.ts, checkTermInStage).
      const stageTerm = fc.oneof(
        fc.constant(toPeriodValue(ctx.period)),
        fc.constantFrom('в течение проекта', 'весь период'),
      );
      const stage = fc.record(
        { title: headingTitleArb, term: stageTerm, items },
        { requiredKeys: ['title', 'items'] },
      );
      const titles = Object.fromEntries(standard.map((key) => [key, textArb]));
      const rows: Record<string, fc.Arbitrary<unknown>> = mode === 'items'
        ? { items }
        : { stage_layout: fc.constant(mode), stages: fc.array(stage, { minLength: 1, maxLength: 2 }) };
      return fc.record({
        ...rows,
        columns: fc.constant([
          ...columns.filter((c) => !keys.includes(c as never)),
          ...keys.map((key, i) => ({ key, title: customTitles[i] })),
        ]),
        column_titles: fc.record(titles, { requiredKeys: [] }),
        column_numbers: fc.boolean(),
        numbering: fc.constantFrom('items', 'stages'),
      });
    });
}

/** The approval stamp of a document that no order approves: by a person, by a council, or none. */
export function stampArb(ctx: PlanContext): fc.Arbitrary<unknown> {
  return fc.option(
    fc.oneof(
      fc.record({
        by: fc.constantFrom(...ctx.signers),
        date: fc.oneof(dateByEndArb(ctx.period), fc.constant('blank')),
      }),
      fc.record(
        {
          council: textArb,
          protocol: fc.record({ date: dateByEndArb(ctx.period), number: fc.nat(99).map(String) }),
        },
        { requiredKeys: ['council'] },
      ),
    ),
    { nil: undefined },
  );
}

/** A whole roadmap document with the given id. */
export function roadmapArb(ctx: PlanContext, id: string): fc.Arbitrary<Item> {
  return fc
    .tuple(
      roadmapTableArb(ctx),
      fc.record(
        {
          title: titleArb,
          approval: stampArb(ctx),
          show_organization: fc.constantFrom('full', 'short'),
          intro: fc.array(blockArb, { minLength: 1, maxLength: 3 }),
          orientation: fc.constantFrom('portrait', 'landscape'),
        },
        { requiredKeys: ['title'] },
      ),
    )
    .map(([table, { orientation, ...head }]) => ({
      type: 'roadmap',
      id,
      ...head,
      // More than six columns on a portrait page make rows taller than a page (valid-plans.test.ts).
      ...(orientation && (table.columns as unknown[]).length <= 6 ? { orientation } : {}),
      ...table,
    }));
}
