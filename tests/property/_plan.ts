import fc from 'fast-check';
import { freeDocumentArb, orderPackageArb, passportArb } from './_documents.js';
import { type PlanContext, roadmapArb } from './_roadmap.js';
import { periodArb, textArb, toPeriodValue } from './_text.js';

/** The people of generated plans; names are declined and shortened, so their text is not checked verbatim. */
const people = {
  aleykina: { name: 'Алейкина Галина Викторовна', position: 'Директор' },
  spiridonova: {
    name: 'Спиридонова Анна Владимировна',
    position: 'Заместитель директора по учебно-методической работе',
  },
  bushina: { name: 'Бушина М.Б.', position: 'Методист' },
  petrov: { name: 'Петров Иван Сергеевич' },
};

/** A valid plan as data: one or two roadmaps, sometimes an order with its regulation, a passport, a free document. */
export const planArb: fc.Arbitrary<Record<string, unknown>> = periodArb.chain((period) => {
  const signers = Object.entries(people).flatMap(([key, person]) => ('position' in person ? [key] : []));
  const ctx: PlanContext = { period, people: Object.keys(people), signers };
  return fc
    .record(
      {
        organization: fc.record(
          { name: textArb, short_name: textArb, city: textArb, head: fc.constant('aleykina') },
          { requiredKeys: ['name', 'head'] },
        ),
        project: fc.record({ title: textArb, period: fc.constant(toPeriodValue(period)) }),
        settings: fc.record(
          {
            date_style: fc.constantFrom('numeric', 'words'),
            gost: fc.constantFrom(2016, 2025),
            appendix_mark: fc.constantFrom('prilozhenie', 'utverzhdeno', 'both', 'number'),
          },
          { requiredKeys: [] },
        ),
        roadmaps: fc.tuple(
          roadmapArb(ctx, 'roadmap-1'),
          fc.option(roadmapArb(ctx, 'roadmap-2'), { freq: 3 }),
        ),
        orderPackage: fc.option(orderPackageArb(ctx), { freq: 2 }),
        passport: fc.option(passportArb(ctx), { freq: 3 }),
        freeDocument: fc.option(freeDocumentArb(), { freq: 3 }),
      },
      { requiredKeys: ['organization', 'project', 'roadmaps'] },
    )
    .map(({ roadmaps, orderPackage, passport, freeDocument, ...plan }) => ({
      ...plan,
      people,
      documents: [...(orderPackage ?? []), ...roadmaps, passport, freeDocument].filter(
        (doc) => doc !== null && doc !== undefined,
      ),
    }));
});
