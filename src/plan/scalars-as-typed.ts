import { type Document, isScalar, Scalar, visit } from 'yaml';

/** The spellings of true, false and null that YAML 1.2 reads as such; under `%YAML 1.1` more words are booleans. */
const plainBoolean = /^(true|True|TRUE|false|False|FALSE)$/;

/**
 * Plain scalars read as the user typed them wherever YAML would change the text: `045` stays «045» (not 45),
 * `1.10` stays «1.10», `0x1F`, a 20-digit number, `1e3`, and under `%YAML 1.1` `1:20` (sexagesimal 80), `yes`,
 * `2020-10-01` (a timestamp) stay text. A number whose text is its own value (`5`, `2021`, `1.5`) stays a number,
 * `true`/`false` stay booleans, and a quoted or block scalar is text anyway. Changes only the parsed document.
 */
export function keepScalarsAsTyped(doc: Document): void {
  visit(doc, {
    Scalar(_, node) {
      if (!isScalar(node) || node.type !== Scalar.PLAIN || typeof node.source !== 'string') return;
      const { value, source } = node;
      if (value === null || typeof value === 'string') return;
      const isKept =
        typeof value === 'boolean'
          ? plainBoolean.test(source)
          : typeof value === 'number' && String(value) === source;
      if (!isKept) {
        node.value = source;
        delete node.tag;
        delete node.format;
      }
    },
  });
}
