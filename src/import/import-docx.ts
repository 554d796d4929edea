import { UserError } from '../errors.js';
import { importText } from '../messages.js';
import { composePlan } from './compose-plan.js';
import { openDocx } from './docx/open-docx.js';
import { readBody } from './docx/read-body.js';
import { emitYaml, type PlacedNote } from './emit-yaml.js';
import { isOrder } from './recognise/order.js';
import { isStampBlock } from './recognise/stamps.js';

export type ImportResult = {
  /** The plan as YAML text with comments on every guess. */
  readonly yaml: string;
  /** The comments «# импорт: …» with their lines, for a summary. */
  readonly notes: readonly PlacedNote[];
};

/**
 * Import (DESIGN.md: the pipeline read backwards): DOCX bytes → the reader's sections of paragraphs and tables →
 * recognisers → a plan as YAML text. `file` names the document in messages and in the plan's first comment.
 */
export function importDocx(bytes: Uint8Array, file: string): ImportResult {
  const sections = readBody(openDocx(bytes, file));
  const blocks = sections.flatMap((s) => s.blocks);
  const fail = (message: string): never => {
    throw new UserError([{ code: 'file-unreadable', file, message }]);
  };
  if (!blocks.some((b) => b.kind === 'table' || b.text.trim() !== '')) fail(importText.empty);
  if (!blocks.some((b) => b.kind === 'table' && !isStampBlock(b)) && !sections.some((s) => isOrder(s.blocks)))
    fail(importText.noContent);
  const { plan, notes } = composePlan(sections);
  const { text, placed } = emitYaml(plan, notes, file.split(/[\\/]/).pop() ?? file);
  return { yaml: text, notes: placed };
}
