type Node = hbs.AST.Node & { body?: Node[]; program?: Node; inverse?: Node };
type Content = hbs.AST.ContentStatement;

/**
 * Trace mode: before every start tag in the template's literal text, insert `<?src file:line:col?>`,
 * so a markup problem can be traced back to the template line that wrote the element.
 * Used only to explain an error (the normal path renders untraced markup).
 */
export function traceMarks(ast: hbs.AST.Program, file: string): hbs.AST.Program {
  return mapProgram(ast, file);
}

function mapProgram(program: hbs.AST.Program, file: string): hbs.AST.Program {
  return { ...program, body: program.body.map((node) => mapNode(node as Node, file)) as hbs.AST.Statement[] };
}

function mapNode(node: Node, file: string): Node {
  if (node.type === 'ContentStatement')
    return markContent(node as unknown as Content, file) as unknown as Node;
  const out: Node = { ...node };
  if (node.program)
    out.program = mapProgram(node.program as unknown as hbs.AST.Program, file) as unknown as Node;
  if (node.inverse)
    out.inverse = mapProgram(node.inverse as unknown as hbs.AST.Program, file) as unknown as Node;
  return out;
}

function markContent(node: Content, file: string): Content {
  // The type declarations mistype `original`; at run time it is the untrimmed source text.
  const original = String((node as unknown as { original: string }).original);
  const shift = Math.max(original.indexOf(node.value), 0);
  const start = node.loc.start;
  const value = node.value.replace(/<(?=[a-z])/g, (_match, offset: number) => {
    const before = original.slice(0, shift + offset);
    const lines = before.split('\n');
    const line = start.line + lines.length - 1;
    const column = lines.length === 1 ? start.column + before.length + 1 : (lines.at(-1)?.length ?? 0) + 1;
    return `<?src ${file}:${line}:${column}?><`;
  });
  return { ...node, value };
}
