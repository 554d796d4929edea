/**
 * A cache of a pure function's results by a string key that holds all its inputs, emptied when it holds `limit`
 * results, so a long run (the studio) stays bounded. Hyphenated and measured text is kept so across builds: the
 * studio builds the plan again at every pause in typing, and all but the edited cell come out as before; a plan
 * repeats names and dates too.
 */
export function createTextMemo<T>(limit: number): (key: string, make: () => T) => T {
  const known = new Map<string, T>();
  return (key, make) => {
    let value = known.get(key);
    if (value === undefined) {
      value = make();
      if (known.size >= limit) known.clear();
      known.set(key, value);
    }
    return value;
  };
}
