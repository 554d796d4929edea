/**
 * Every user-facing sentence of gramota, in Russian: error messages, CLI help and reports.
 * Wording formula: what is wrong, then what was expected or how to fix it.
 */

import { outputText } from './messages/output-text.js';
import { planText } from './messages/plan-text.js';

export { importText } from './messages/import-text.js';
export { studioText } from './messages/studio-text.js';

/** The wording of plans, templates, output and the CLI, one object as the code reads it (src/messages/). */
export const text = { ...planText, ...outputText } as const;
