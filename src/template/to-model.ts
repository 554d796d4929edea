import { UserError } from '../errors.js';
import type { DocumentView } from '../kinds/index.js';
import { parseMarkup } from '../markup/parse.js';
import { text } from '../messages.js';
import type { Block, DocumentModel } from '../model/schema.js';
import { loadTemplates } from './handlebars-env.js';

/**
 * Stages 4–5: view → markup (Handlebars) → document model (saxes); blocks of native partials (native-partials.ts)
 * go from the first to the second beside the markup.
 * On a markup problem the template is rendered again with trace marks to name the template line at fault.
 */
export function toModel(
  doc: DocumentView,
  options: { templatesDir: string | readonly string[]; createdAt: string },
): DocumentModel {
  const prebuilt: Block[] = [];
  const markup = loadTemplates(options.templatesDir).render(doc.template, doc.view, prebuilt);
  const parsed = parseMarkup(markup, { createdAt: options.createdAt }, prebuilt);
  if ('model' in parsed) return parsed.model;
  const traced = parseMarkup(
    loadTemplates(options.templatesDir, { trace: true }).render(doc.template, doc.view),
    {
      createdAt: options.createdAt,
    },
  );
  const problems = 'problems' in traced ? traced.problems : parsed.problems;
  throw new UserError(
    problems.map((p) => {
      const at = /^(.*):(\d+):(\d+)$/.exec(p.source ?? '');
      const where = at
        ? { file: at[1], line: Number(at[2]), column: Number(at[3]) }
        : { file: `${doc.template}.hbs` };
      return { code: 'markup-invalid', message: text.markupInvalid(p.message), ...where };
    }),
  );
}
