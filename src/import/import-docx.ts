import { type Problem, UserError } from '../errors.js';
import { importText } from '../messages.js';
import { parsePlan } from '../plan/parse-plan.js';
import { composePlan } from './compose-plan.js';
import { openDocx } from './docx/open-docx.js';
import { readBody } from './docx/read-body.js';
import { emitYaml, type PlacedNote } from './emit-yaml.js';
import { mendTexts } from './mend-texts.js';
import { mendMixedScript } from './mixed-script.js';
import { mendPrepositionOb } from './preposition-ob.js';

export type ImportResult = {
  /** What the plan check finds in the plan (a character the font lacks, …), located in `planFile`; usually none. */
  readonly problems: readonly Problem[];
  /** The plan as YAML text with comments on every guess. */
  readonly yaml: string;
  /** The comments «# импорт: …» with their lines, for a summary. */
  readonly notes: readonly PlacedNote[];
};

/**
 * Import (DESIGN.md: the pipeline read backwards): DOCX bytes → the reader's sections of paragraphs and tables →
 * recognisers → a plan as YAML text. `file` names the document in messages and in the plan's first comment.
 */
export function importDocx(bytes: Uint8Array, file: string, planFile = 'plan.yaml'): ImportResult {
  const sections = readBody(openDocx(bytes, file));
  const blocks = sections.flatMap((s) => s.blocks);
  const fail = (message: string): never => {
    throw new UserError([{ code: 'file-unreadable', file, message }]);
  };
  if (!blocks.some((b) => b.kind === 'table' || b.text.trim() !== '')) fail(importText.empty);
  const composed = composePlan(sections);
  if (!hasStructure(composed.plan)) fail(importText.noContent);
  // «Cоставлена» with a Latin C: the word in Cyrillic (mixed-script.ts); «о инновационном»: «об …» (preposition-ob.ts).
  const letters = mendTexts(composed.plan, mendMixedScript);
  const { value: plan, notes: mended } = mendTexts(letters.value, mendPrepositionOb);
  const notes = [...composed.notes, ...letters.notes, ...mended];
  const { text, placed } = emitYaml(plan, notes, file.split(/[\\/]/).pop() ?? file);
  return { yaml: text, notes: placed, problems: checkPlan(text, planFile) };
}

/** A plan worth writing: some document is more than free text (a roadmap, an order, a regulation, a table). */
function hasStructure(plan: { documents?: unknown }): boolean {
  const documents = (plan.documents ?? []) as Record<string, unknown>[];
  return documents.some(
    (d) =>
      d.type !== 'document' ||
      ((d.body ?? []) as Record<string, unknown>[]).some((b) => 'table' in b || 'roadmap' in b),
  );
}

/** The plan check on the imported plan: its problems, so that the user sees them before building. */
function checkPlan(yaml: string, planFile: string): Problem[] {
  try {
    parsePlan(yaml, planFile);
    return [];
  } catch (e) {
    if (e instanceof UserError) return [...e.problems];
    throw e;
  }
}
