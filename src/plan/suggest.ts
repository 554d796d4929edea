import { transliterate } from '../language/transliterate.js';

/**
 * The closest candidate to a misspelt key or id, if it is close enough to be a likely typo. An id typed in Russian
 * letters is also read in Latin ones: `leave_out: [положение]` finds «polozhenie».
 */
export function suggest(input: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const typed = input.toLowerCase();
  const latin = /[а-яё]/.test(typed) ? transliterate(typed, '_') : undefined;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    const d = Math.min(
      countEdits(typed, c),
      latin === undefined ? Number.POSITIVE_INFINITY : countEdits(latin, c),
    );
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const limit = Math.max(2, Math.floor(input.length / 3));
  return bestDistance <= limit ? best : undefined;
}

/** Damerau–Levenshtein distance (optimal string alignment): a swap of two letters costs 1. */
export function countEdits(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...Array<number>(b.length).fill(0),
  ]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
