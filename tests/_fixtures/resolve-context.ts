import { parsePlan } from '../../src/plan/parse-plan.js';
import { createContext, type ResolveContext } from '../../src/resolve/context.js';

/** A context of a small plan with a director, a deputy, a teacher written by initials and one whose position is small. */
export function contextOf(settings = ''): ResolveContext {
  const plan = parsePlan(
    `organization: { name: Колледж, short_name: ГАПОУ "ЧПК", head: aleykina }
people:
  aleykina: { name: Алейкина Галина Викторовна, position: Директор }
  spiridonova: { name: Спиридонова Анна Владимировна, position: Заместитель директора по учебно-методической работе }
  bushina: { name: Бушина М.Б. }
  lev: { name: Лев Николай Иванович, position: учитель технологии }
${settings}documents:
  - type: regulation
    title: Положение о наставничестве
    sections: [{ title: Общие положения, clauses: [Текст.] }]
`,
    'plan.yaml',
  );
  return createContext(plan);
}
