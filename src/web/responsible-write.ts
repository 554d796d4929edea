import { studioText, text } from '../messages.js';
import { closestPerson, findNamesakes, matchPerson, shapeOfPersonRef } from '../plan/match-person.js';
import type { Person } from '../plan/schema/plan.js';
import type { Refused } from './roadmap-rows.js';
import { toFlowScalar, toYamlScalar } from './yaml-scalar.js';

export type People = Readonly<Record<string, Person>> | undefined;

/**
 * «Ответственный» typed in a cell of the table of rows, as the YAML the plan holds: people named as the document names
 * them («Спиридонова А.В., Бушина М.Б.», or in any form the plan's check reads, docs/format.md «Ссылки на людей») go
 * back as their keys of `people`, other text («Кураторы групп») as typed: one value plainly, several as a list
 * `[spiridonova, bushina, Кураторы групп]`. A name or key of nobody in people is refused, with a message to show at
 * the cell: never written as text the document would print. A name («Петрова А.А.») that fits nobody is given too: the
 * cell offers to add that person to people.
 */
export function writeResponsible(typed: string, people: People): { yaml: string } | Refused {
  const parts = typed
    .replace(/\u00A0/g, ' ')
    .split(/\s*[,;]\s*/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '');
  const written: string[] = [];
  for (const part of parts) {
    const key = matchPerson(part, people);
    const problem = key === undefined ? findProblem(part, people) : undefined;
    if (problem !== undefined) return problem;
    written.push(key ?? part);
  }
  if (written.length < 2) return { yaml: toYamlScalar(written[0] ?? '') };
  return { yaml: `[${written.map(toFlowScalar).join(', ')}]` };
}

/** Why a part names nobody (as plan/check-plan.ts checkPersonRef finds it); none for free text. */
function findProblem(part: string, people: People): Refused | undefined {
  const namesakes = findNamesakes(part, people);
  if (namesakes.length > 0)
    return {
      problem: text.personNamesakes(
        part,
        namesakes.map((key) => `${key} (${people?.[key]?.name ?? ''})`),
      ),
    };
  const shape = shapeOfPersonRef(part);
  if (shape === 'text') return undefined;
  const problem = studioText.unknownPersonInCell(part, closestPerson(part, people));
  return shape === 'name' ? { problem, unknown: part } : { problem };
}
