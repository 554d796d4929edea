// Part of build-cli.mjs: linebreak's table of Unicode line-break classes, inflated when the bundle is built.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const UnicodeTrie = createRequire(join(dirname(require.resolve('linebreak')), 'x.js'))('unicode-trie');

const packedData =
  /^const (\$\w+\$var\$data) = \(\$parcel\$interopDefault\(\$\w+\$base64js\)\)\.toByteArray\("([A-Za-z0-9+/=]+)"\);$/m;
const classTrie =
  /^const (\$\w+\$var\$classTrie) = new \(\$parcel\$interopDefault\((\$\w+\$unicodetrie)\)\)\((\$\w+\$var\$data)\);$/m;

/**
 * linebreak's source with its trie made from the inflated table (unicode-trie takes a table as it is, too), held
 * in the bundle as little-endian words in base64 and read at load without JavaScript loops (on a little-endian
 * machine). Every code point is looked up in both tries before the source is changed.
 */
export function inflateLinebreakTrie(source) {
  const data = packedData.exec(source);
  const trie = classTrie.exec(source);
  if (!data || !trie || trie[3] !== data[1])
    throw new Error('linebreak: its trie of line-break classes was not found (a new version?)');
  const packed = new UnicodeTrie(Buffer.from(data[2], 'base64'));
  const bytes = Buffer.alloc(packed.data.length * 4);
  packed.data.forEach((word, i) => {
    bytes.writeUInt32LE(word, i * 4);
  });
  const table = { data: readWords(bytes), highStart: packed.highStart, errorValue: packed.errorValue };
  const inflated = new UnicodeTrie(table);
  for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++)
    if (inflated.get(codePoint) !== packed.get(codePoint))
      throw new Error(`linebreak: the inflated trie differs at U+${codePoint.toString(16)}`);
  const make =
    `new ($parcel$interopDefault(${trie[2]}))({ highStart: ${table.highStart}, errorValue: ${table.errorValue}, ` +
    `data: (${readWords.toString()})(Buffer.from(${JSON.stringify(bytes.toString('base64'))}, 'base64')) })`;
  return source.replace(data[0], '').replace(trie[0], `const ${trie[1]} = ${make};`);
}

/** Little-endian 32-bit words as a Uint32Array: the bytes themselves where the machine is little-endian. */
function readWords(bytes) {
  const words = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1)
    for (let i = 0; i < words.length; i++) words[i] = bytes.readUInt32LE(i * 4);
  return words;
}
