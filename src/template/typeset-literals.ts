import { typographText } from '../language/typography.js';

type Node = hbs.AST.Node & { body?: Node[]; program?: Node; inverse?: Node; params?: Node[] };
type Content = hbs.AST.ContentStatement;

/** Where the scan of a template's literal text is: inside a tag (and inside a quoted attribute value) or not. */
type ScanState = { readonly inTag: boolean; readonly quote: string | null };

/** Bumped whenever the pass changes what it writes: a compiled bundle made by another version is not used. */
export const literalTypographyVersion = '1';

const nbsp = '\u00A0';
/** Prepositions and conjunctions that must not end a line (typograf's ru/shortWord list). */
const shortWord =
  /(?:^|[\s\u00A0(«„"])(?:а|без|в|во|если|да|до|для|за|и|или|из|к|ко|как|ли|на|но|не|ни|о|об|обо|от|по|про|при|под|с|со|то|у|№)$/iu;

/**
 * The project's typography applied to a template's own words, as it is to plan values: the text between tags in
 * the literal parts of the template, and the string arguments of a helper whose result is printed (`{{sentence
 * "… возложить на " person}}`). Tags, attributes, comments and the values the template inserts are left as they
 * are (values are typeset when the view is made, once). A word such as «на» or «от» right before an inserted value
 * is tied to it with a no-break space. Idempotent; applied at compile time, so it costs nothing per document.
 */
export function typesetLiterals(ast: hbs.AST.Program): hbs.AST.Program {
  return mapProgram(ast, { inTag: false, quote: null }).program;
}

function mapProgram(
  program: hbs.AST.Program,
  state: ScanState,
): { program: hbs.AST.Program; state: ScanState } {
  let current = state;
  const body = (program.body as Node[]).map((node, i) => {
    const mapped = mapNode(node, current, program.body[i + 1] !== undefined);
    current = mapped.state;
    return mapped.node;
  });
  return { program: { ...program, body: body as hbs.AST.Statement[] }, state: current };
}

function mapNode(node: Node, state: ScanState, followed: boolean): { node: Node; state: ScanState } {
  if (node.type === 'ContentStatement') {
    const { value, state: after } = typesetContent((node as unknown as Content).value, state, followed);
    return { node: { ...node, value } as Node, state: after };
  }
  if (node.type === 'MustacheStatement' && !state.inTag && node.params && node.params.length > 0) {
    const params = node.params.map((p, i) =>
      p.type === 'StringLiteral' ? typesetLiteral(p, i < node.params!.length - 1) : p,
    );
    return { node: { ...node, params }, state };
  }
  const out: Node = { ...node };
  let after = state;
  if (node.program) {
    const mapped = mapProgram(node.program as unknown as hbs.AST.Program, state);
    out.program = mapped.program as unknown as Node;
    after = mapped.state;
  }
  if (node.inverse)
    out.inverse = mapProgram(node.inverse as unknown as hbs.AST.Program, state).program as unknown as Node;
  return { node: out, state: after };
}

function typesetLiteral(node: Node, followed: boolean): Node {
  const literal = node as unknown as hbs.AST.StringLiteral;
  const value = typesetPiece(literal.value, followed);
  return { ...node, value, original: value } as unknown as Node;
}

/** The literal text of one content node: tags copied, the text between them typeset. */
function typesetContent(
  value: string,
  state: ScanState,
  followed: boolean,
): { value: string; state: ScanState } {
  let out = '';
  let { inTag, quote } = state;
  let i = 0;
  while (i < value.length) {
    if (inTag) {
      const ch = value[i]!;
      out += ch;
      i += 1;
      if (quote !== null) {
        if (ch === quote) quote = null;
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '>') inTag = false;
      continue;
    }
    const next = value.indexOf('<', i);
    const end = next === -1 ? value.length : next;
    const tiedToNext = next === -1 ? followed : /^<[biu]>/.test(value.slice(next));
    out += typesetMarkupText(value.slice(i, end), tiedToNext);
    i = end;
    if (next !== -1) inTag = true;
  }
  return { value: out, state: { inTag, quote } };
}

/** Text between tags, as markup: entities read, typeset, then written back with &, < and > escaped. */
function typesetMarkupText(raw: string, tiedToNext: boolean): string {
  // Nothing to typeset, or an entity the markup parser must report («&nbsp;» is an error there, not text).
  if (!/[\p{L}\d"<>=-]/u.test(raw) || /&(?!(?:#\d+|#x[\da-f]+|amp|lt|gt|quot|apos);)/i.test(raw)) return raw;
  const typeset = typesetPiece(decodeEntities(raw), tiedToNext);
  return typeset.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A piece of text: its core typeset, the surrounding template whitespace kept (it separates words). */
function typesetPiece(text: string, tiedToNext: boolean): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  const [, lead = '', core = '', trail = ''] = match;
  if (core === '') return text;
  const done = typographText(core);
  const tie = tiedToNext && trail !== '' && !trail.includes('\n') && shortWord.test(done);
  return lead + done + (tie ? nbsp : trail);
}

function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos));/gi,
    (m, dec?: string, hex?: string, name?: string) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
      return named[(name ?? '').toLowerCase()] ?? m;
    },
  );
}
