import { SaxesParser } from 'saxes';
import { text } from '../messages.js';
import type { Block, DocumentModel, Inline } from '../model/schema.js';
import { AttributeProblem, type Attrs, MarkupError } from './attributes.js';
import { closeFrame } from './close-frame.js';
import { type Frame, openFrame, openPrebuilt } from './frames.js';
import { appendText } from './inline-text.js';

/** Where a markup problem is: a template position when the markup was traced, else a position in the markup. */
export type MarkupProblem = {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  /** `file:line:col` of the template text that produced the element, from `<?src …?>` trace marks. */
  readonly source?: string | undefined;
};

export type ParseResult = { readonly model: DocumentModel } | { readonly problems: readonly MarkupProblem[] };

/**
 * Stage 5: the markup the templates produce → the document model. No schema pass over the result: at 10,000 rows
 * zod's copy of the whole model cost more than the parse itself gains in safety.
 * Vocabulary (docs/markup.md): document › section › p | list › item | table › row › cell | page-break;
 * inside p: text, b, i, u, br, tab, page-number. `<?src file:line:col?>` marks (trace mode) name template lines.
 * `prebuilt`: the blocks native partials built in the markup's stead, each standing as `<prebuilt ref="N"/>`.
 */
export function parseMarkup(
  markup: string,
  meta: { createdAt: string },
  prebuilt: readonly Block[] = [],
): ParseResult {
  const problems: MarkupProblem[] = [];
  const parser = new SaxesParser({ position: true });
  let source: string | undefined;
  let tagLine = 1;
  let tagColumn = 1;
  const stack: Frame[] = [];
  let root: DocumentModel | undefined;
  const fail = (message: string, line = parser.line, column = parser.column) => {
    if (!problems.some((p) => p.line === line && p.column === column && p.message === message)) {
      problems.push({ message, line, column, source });
    }
  };

  parser.on('processinginstruction', (pi) => {
    if (pi.target === 'src') source = pi.body.trim();
  });
  parser.on('opentagstart', (tag) => {
    tagLine = parser.line;
    tagColumn = parser.column - tag.name.length - 1;
  });
  parser.on('opentag', (tag) => {
    const parent = stack.at(-1);
    try {
      const attrs = tag.attributes as Attrs;
      stack.push(
        tag.name === 'prebuilt' && prebuilt.length > 0
          ? openPrebuilt(attrs, parent, prebuilt)
          : openFrame(tag.name, attrs, parent, { line: tagLine, column: tagColumn }),
      );
    } catch (e) {
      if (e instanceof AttributeProblem)
        fail(text.markupBadAttribute(tag.name, e.attribute, e.message), tagLine, tagColumn);
      else if (e instanceof MarkupError) fail(e.message, tagLine, tagColumn);
      else throw e;
      stack.push({ kind: 'ignored', name: tag.name });
    }
  });
  parser.on('text', (value) => {
    const frame = stack.at(-1);
    if (!frame) return;
    if (frame.kind === 'paragraph' || frame.kind === 'mark') appendText(frame, value);
    else if (value.trim() !== '' && frame.kind !== 'ignored')
      fail(text.textOutsideParagraph(value.trim().slice(0, 30)));
  });
  parser.on('closetag', () => {
    const frame = stack.pop();
    if (!frame) return;
    const parent = stack.at(-1);
    let closed: ReturnType<typeof closeFrame>;
    try {
      closed = closeFrame(frame, parent);
    } catch (e) {
      if (!(e instanceof MarkupError)) throw e;
      fail(e.message);
      return;
    }
    if (closed) {
      const author = closed.author ? { author: closed.author } : {};
      root = {
        type: 'document',
        meta: { title: closed.title, ...author, ...meta },
        sections: closed.sections,
      };
    }
  });
  parser.on('error', (e) => fail(e.message.replace(/^\d+:\d+: /, '')));

  parser.write(markup).close();
  // Every node was built from checked elements and attributes (frames.ts), so the model has the shape of
  // documentSchema but for these two; the golden tests check every model against the schema.
  if (problems.length === 0 && root === undefined) fail(text.markupNoDocument, 1, 1);
  else if (problems.length === 0 && root?.sections.length === 0) fail(text.markupNoSection, 1, 1);
  return problems.length > 0 || root === undefined ? { problems } : { model: root };
}

export type { Block, Inline };
