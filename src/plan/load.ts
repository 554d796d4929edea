import { type Document, LineCounter, parseDocument } from 'yaml';
import type { Problem } from '../errors.js';
import { text } from '../messages.js';

/** A parsed plan file: its plain data plus what is needed to point back at lines. */
export type LoadedYaml = {
  readonly file: string;
  readonly data: unknown;
  readonly doc: Document;
  readonly lines: LineCounter;
};

/** Stage 1: YAML text → plain data with positions. Reports every syntax problem of the file at once. */
export function loadYaml(source: string, file: string): LoadedYaml | readonly Problem[] {
  if (source.trim() === '' || /^(\s*#.*\n?)*\s*$/.test(source)) {
    return [{ code: 'yaml-syntax', message: text.yamlEmpty, file, line: 1, column: 1 }];
  }
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return doc.errors.map((e) => {
      const pos = lines.linePos(e.pos[0]);
      return {
        code: 'yaml-syntax',
        message: describeYamlError(e.code, e.message, source, e.pos[0]),
        file,
        ...toLineCol(pos),
      };
    });
  }
  const data = doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [{ code: 'yaml-syntax', message: text.yamlRootNotMap, file, line: 1, column: 1 }];
  }
  return { file, data, doc, lines };
}

function toLineCol(pos: { line: number; col: number }) {
  return { line: pos.line, column: pos.col };
}

function describeYamlError(code: string, message: string, source: string, offset: number): string {
  if (code === 'DUPLICATE_KEY') {
    const key = /^[^\s:]+/.exec(source.slice(offset))?.[0] ?? '';
    return text.yamlDuplicateKey(key);
  }
  if (code === 'TAB_AS_INDENT') return text.yamlTab;
  const line = source.slice(source.lastIndexOf('\n', offset) + 1).split('\n')[0] ?? '';
  if (
    (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY' || code === 'UNEXPECTED_TOKEN') &&
    /:\s.*:\s/.test(line)
  ) {
    return text.yamlColonInText;
  }
  return text.yamlSyntax(message.split('\n')[0] ?? message);
}
