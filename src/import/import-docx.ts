import { type Problem, UserError } from '../errors.js';
import { formatDate } from '../language/dates.js';
import { importText } from '../messages.js';
import { parsePlan } from '../plan/parse-plan.js';
import { composePlan } from './compose-plan.js';
import { openDocx } from './docx/open-docx.js';
import { readBody } from './docx/read-body.js';
import { emitYaml, type PlacedNote } from './emit-yaml.js';
import { mendTexts } from './mend-texts.js';
import { mendMixedScript } from './mixed-script.js';
import type { Note } from './notes.js';
import { mendPrepositionOb } from './preposition-ob.js';

export type ImportResult = {
  /** What the plan check finds in the plan (a character the font lacks, …), located in `planFile`; usually none. */
  readonly problems: readonly Problem[];
  /** The plan as YAML text with comments on every guess. */
  readonly yaml: string;
  /** The comments «# импорт: …» with their lines, for a summary. */
  readonly notes: readonly PlacedNote[];
};

export type ImportOptions = {
  /** The day of the import, named in the plan's first comment (default: today). */
  readonly date?: Date | undefined;
};

/**
 * Import (DESIGN.md: the pipeline read backwards): DOCX bytes → the reader's sections of paragraphs and tables →
 * recognisers → a plan as YAML text. `file` names the document in messages and in the plan's first comment.
 */
export function importDocx(
  bytes: Uint8Array,
  file: string,
  planFile = 'plan.yaml',
  options: ImportOptions = {},
): ImportResult {
  const { plan, notes } = readDocxPlan(bytes, file);
  const { text, placed } = emitYaml(plan, notes, toImportHeader(file, options.date));
  return { yaml: text, notes: placed, problems: checkPlan(text, planFile) };
}

/** The plan's first comment: what was imported, from which file, when, and where the guesses are. */
export function toImportHeader(file: string, date = new Date()): string {
  const iso = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return importText.header(file.split(/[\\/]/).pop() ?? file, formatDate(iso, 'numeric'));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The plan a DOCX holds, as data, with the notes on its guesses (by their paths in it). */
export function readDocxPlan(
  bytes: Uint8Array,
  file: string,
): { plan: Record<string, unknown>; notes: Note[] } {
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
  return { plan: plan as Record<string, unknown>, notes: [...composed.notes, ...letters.notes, ...mended] };
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
export function checkPlan(yaml: string, planFile: string): Problem[] {
  try {
    parsePlan(yaml, planFile);
    return [];
  } catch (e) {
    if (e instanceof UserError) return [...e.problems];
    throw e;
  }
}
