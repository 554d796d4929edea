import type { Block } from '../model/schema.js';
import { AttributeProblem, type Attrs, MarkupError } from './attributes.js';
import { closeFrame } from './close-frame.js';
import { type Frame, openFrame } from './frames.js';
import { appendText } from './inline-text.js';

/** What a native partial calls where a template writes markup: an element opens, text goes in, the element closes. */
export type MarkupWriter = {
  readonly open: (name: string, attrs?: Attrs) => void;
  readonly text: (value: string) => void;
  readonly close: () => void;
};

/** Why a writer stopped: its input is not what it writes (the template then runs and says what is wrong). */
export class NotWritten extends Error {}

/**
 * What the markup might not take as text or attribute: characters outside XML's Char production (controls,
 * U+FFFE/U+FFFF) and, not to tell a lone surrogate from a pair here, any surrogate (an emoji). Such text goes
 * through the template, whose parse takes it or reports it at its line.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 forbids (and surrogates).
const notXmlChar = /[\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * The blocks that `write` describes, built by the parser's own steps (frames.ts, close-frame.ts, inline-text.ts):
 * the same nodes as parseMarkup makes of the markup the template would write, without that text being written and
 * read back (a big roadmap table's markup is megabytes). Undefined when the markup would have a problem, or `write`
 * met what it does not write: the caller then renders the template, whose parse names the problem at its line.
 */
export function buildBlocks(write: (out: MarkupWriter) => void): Block[] | undefined {
  const top: Frame = { kind: 'section', orientation: 'portrait', pageNumbers: 'fromSecond', children: [] };
  const stack: Frame[] = [top];
  const out: MarkupWriter = {
    open: (name, attrs = {}) => {
      for (const value of Object.values(attrs)) if (notXmlChar.test(value)) throw new NotWritten();
      stack.push(openFrame(name, attrs, stack.at(-1), { line: 0, column: 0 }));
    },
    text: (value) => {
      const frame = stack.at(-1);
      if ((frame?.kind !== 'paragraph' && frame?.kind !== 'mark') || notXmlChar.test(value))
        throw new NotWritten();
      appendText(frame, value);
    },
    close: () => {
      if (stack.length < 2) throw new NotWritten();
      closeFrame(stack.pop()!, stack.at(-1));
    },
  };
  try {
    write(out);
  } catch (e) {
    if (e instanceof NotWritten || e instanceof MarkupError || e instanceof AttributeProblem)
      return undefined;
    throw e;
  }
  return stack.length === 1 ? top.children : undefined;
}
