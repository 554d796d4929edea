/**
 * `# yaml-language-server: $schema=…`, the first line of the plans in data/: it tells VS Code where the plan's schema
 * is, and means nothing in a browser, which has the schema built in. The studio shows the plan without it and puts it
 * back wherever the text goes to a file (the plan on disk, a saved or zipped copy), so that editors still find it.
 */
const schemaLine = /^\uFEFF?# yaml-language-server:[^\n]*(\n|$)/;

/** The plan's text split into that first line (with its line break; '' when there is none) and the rest. */
export function splitSchemaComment(text: string): { readonly head: string; readonly body: string } {
  const head = schemaLine.exec(text)?.[0] ?? '';
  return { head, body: text.slice(head.length) };
}
