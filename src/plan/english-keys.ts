import { toKeySpelling } from './russian-keys.js';

/**
 * English words users try for the plan's keys when they guess them (`events:` for a stage's `items`, `deadline:` for
 * `term`): too unlike the key for a typo to be suggested (suggest.ts), so each is mapped to the keys it may mean, the
 * most likely first; the one allowed at the place of the mistake is suggested.
 */
const englishKeys: Readonly<Record<string, readonly string[]>> = {
  events: ['items'],
  event: ['items', 'activity'],
  activities: ['items'],
  tasks: ['items'],
  task: ['activity', 'goal'],
  actions: ['items'],
  measures: ['items'],
  rows: ['items'],
  steps: ['stages', 'items'],
  phases: ['stages'],
  phase: ['stages', 'stage'],
  deadline: ['term'],
  deadlines: ['term'],
  due: ['term'],
  when: ['term'],
  dates: ['term', 'period'],
  duration: ['period'],
  owner: ['responsible'],
  owners: ['responsible'],
  executor: ['responsible'],
  executors: ['responsible'],
  performer: ['responsible'],
  responsibles: ['responsible'],
  responsible_person: ['responsible'],
  goals: ['goal'],
  aim: ['goal'],
  purpose: ['goal'],
  results: ['result'],
  outcome: ['result'],
  outcomes: ['result'],
  output: ['evidence', 'result'],
  staff: ['people'],
  persons: ['people'],
  employees: ['people'],
  director: ['head'],
  approved: ['approval'],
  approve_by: ['approval'],
  appendix: ['appendices', 'appendix_to'],
  attachments: ['appendices'],
  partners: ['variants'],
};

/** The key an English word stands for at a place where `allowed` keys go, if the table knows it. */
export function findEnglishKey(word: string, allowed: Iterable<string>): string | undefined {
  const normalized = toKeySpelling(word);
  const candidates = Object.hasOwn(englishKeys, normalized) ? englishKeys[normalized] : undefined;
  if (candidates === undefined) return undefined;
  const here = new Set(allowed);
  return candidates.find((key) => here.has(key) && key !== normalized);
}
