/** Letters that look like digits: Cyrillic «О», «З» and Latin «O», «l», «I», as a date typed in a hurry gets them. */
const lookalikes: Readonly<Record<string, { digit: string; cyrillic: boolean }>> = {
  О: { digit: '0', cyrillic: true },
  о: { digit: '0', cyrillic: true },
  З: { digit: '3', cyrillic: true },
  з: { digit: '3', cyrillic: true },
  O: { digit: '0', cyrillic: false },
  o: { digit: '0', cyrillic: false },
  l: { digit: '1', cyrillic: false },
  I: { digit: '1', cyrillic: false },
};

/** A letter standing for a digit, the digit it looks like and whether it is Russian. */
export type DigitLookalike = { readonly letter: string; readonly digit: string; readonly cyrillic: boolean };

/**
 * The first letter that stands for a digit in a date typed with one («2025-О9-01» with a Cyrillic «О»): text that is
 * digits, separators and such letters only, with at least two digits, the letter next to a digit. Undefined for any other text.
 */
export function findDigitLookalike(text: string): DigitLookalike | undefined {
  const clean = text.trim();
  const digits = clean.replace(/[^\d]/g, '').length;
  if (digits < 2 || !/^[\d\s./–—-]+$/u.test(Array.from(clean, (c) => lookalikes[c]?.digit ?? c).join('')))
    return undefined;
  // Next to a digit, as in «2О25»: Roman numerals of quarters («I-II 2025») stand apart.
  const chars = Array.from(clean);
  const isDigit = (c: string | undefined) => c !== undefined && /\d/.test(c);
  const letter = chars.find(
    (c, i) => lookalikes[c] !== undefined && (isDigit(chars[i - 1]) || isDigit(chars[i + 1])),
  );
  return letter === undefined ? undefined : { letter, ...lookalikes[letter]! };
}
