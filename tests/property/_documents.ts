import fc from 'fast-check';
import { blockArb, cellArb, type PlanContext, stampArb } from './_roadmap.js';
import {
  cellTextArb,
  clauseTextArb,
  dateBeforeStartArb,
  itemTextArb,
  termArb,
  textArb,
  titleArb,
} from './_text.js';

type Doc = Record<string, unknown>;

/** A regulation clause: text, or text with sub-clauses and a dash list (three levels at most). */
function regulationClauseArb(depth: number): fc.Arbitrary<unknown> {
  if (depth === 0) return clauseTextArb;
  return fc.oneof(
    clauseTextArb,
    fc.record(
      {
        text: clauseTextArb,
        clauses: fc.array(regulationClauseArb(depth - 1), { minLength: 1, maxLength: 2 }),
        list: fc.array(clauseTextArb, { minLength: 1, maxLength: 3 }),
      },
      { requiredKeys: ['text'] },
    ),
  );
}

/** An order clause that neither approves nor appoints: text with responsible people, a term, sub-clauses. */
function orderClauseArb(ctx: PlanContext, depth: number): fc.Arbitrary<unknown> {
  const rich = fc.record(
    {
      text: clauseTextArb,
      responsible: fc.oneof(
        fc.constantFrom(...ctx.people),
        fc.uniqueArray(fc.constantFrom(...ctx.people), { minLength: 1 }),
      ),
      term: termArb(ctx.period),
      ...(depth > 0
        ? { clauses: fc.array(orderClauseArb(ctx, depth - 1), { minLength: 1, maxLength: 2 }) }
        : {}),
    },
    { requiredKeys: ['text'] },
  );
  return fc.oneof(clauseTextArb, rich);
}

/** An order that approves a regulation (its appendix) and appoints someone, with the regulation itself. */
export function orderPackageArb(ctx: PlanContext): fc.Arbitrary<Doc[]> {
  const person = fc.constantFrom(...ctx.people);
  const order = fc.record(
    {
      number: textArb,
      date: fc.oneof(dateBeforeStartArb(ctx.period), fc.constant('blank')),
      title: titleArb,
      preamble: textArb,
      approveText: clauseTextArb,
      appoint: fc.record({ text: clauseTextArb, person }),
      clauses: fc.array(orderClauseArb(ctx, 2), { maxLength: 3 }),
      control: fc.oneof(fc.constant('self'), person),
      acquainted: fc.uniqueArray(person, { minLength: 1 }),
    },
    { requiredKeys: ['number', 'date', 'title', 'appoint', 'clauses'] },
  );
  const regulation = fc.record(
    {
      title: fc.constantFrom('Положение о наставничестве', 'Положение о рабочей группе', 'Положение'),
      agreement: fc.record({ council: textArb, word: fc.constantFrom('СОГЛАСОВАНО', 'ПРИНЯТО') }),
      sections: fc.array(
        fc.record({
          title: titleArb,
          clauses: fc.array(regulationClauseArb(2), { minLength: 1, maxLength: 3 }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    },
    { requiredKeys: ['title', 'sections'] },
  );
  return fc.tuple(order, regulation).map(([{ approveText, appoint, clauses, ...o }, r]) => [
    {
      type: 'order',
      id: 'order-main',
      ...o,
      clauses: [
        { approve: 'regulation-main', ...(approveText ? { text: approveText } : {}) },
        appoint,
        ...clauses,
      ],
      appendices: ['regulation-main'],
    },
    { type: 'regulation', id: 'regulation-main', approval: { order: 'order-main' }, ...r },
  ]);
}

/** A passport: label | value rows, the value a text, a list or blocks. */
export function passportArb(ctx: PlanContext): fc.Arbitrary<Doc> {
  const value = fc.oneof(
    cellTextArb,
    fc.array(itemTextArb, { minLength: 1, maxLength: 3 }),
    fc.array(blockArb, { minLength: 1, maxLength: 3 }),
  );
  return fc
    .record(
      {
        title: titleArb,
        approval: stampArb(ctx),
        columns: fc.tuple(textArb, textArb),
        rows: fc.array(fc.record({ label: textArb, value }), { minLength: 1, maxLength: 4 }),
      },
      { requiredKeys: ['title', 'rows'] },
    )
    .map((doc) => ({ type: 'passport', id: 'passport-main', ...doc }));
}

/** A free document: blocks and a plain table whose rows fill its columns. */
export function freeDocumentArb(): fc.Arbitrary<Doc> {
  const table = fc.integer({ min: 1, max: 4 }).chain((width) =>
    fc.record({
      columns: fc.array(textArb, { minLength: width, maxLength: width }),
      rows: fc.array(fc.array(cellArb, { minLength: width, maxLength: width }), { maxLength: 3 }),
    }),
  );
  const body = fc.array(
    fc.oneof(
      blockArb,
      table.map((t) => ({ table: t })),
    ),
    { minLength: 1, maxLength: 4 },
  );
  return fc
    .record({ title: titleArb, body })
    .map((doc) => ({ type: 'document', id: 'document-main', ...doc }));
}
