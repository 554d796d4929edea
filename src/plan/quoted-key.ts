/** Quotes a key may be wrapped in: Word's “…” „…“ ‘…’ and «…», or a straight one left on one side. */
const wrapping = /^[“”„‘’«"']+|[“”„‘’»"']+$/g;

/**
 * The plan's key a user wrapped in quotes, as Word does when a line is typed there (`“result”: Протокол`): the key
 * without them when it is one of the allowed keys. YAML strips straight quotes itself, so these are Word's.
 */
export function unquoteKey(key: string, allowed: Iterable<string>): string | undefined {
  if (!/^[“”„‘’«"']/.test(key)) return undefined;
  const bare = key.replace(wrapping, '');
  return bare !== key && [...allowed].includes(bare) ? bare : undefined;
}
