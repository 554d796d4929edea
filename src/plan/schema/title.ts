/**
 * A document's title as written → as printed. A title is a name, not a sentence and not a quotation: GOST R 7.0.97
 * titles end without a full stop, and quotes a title was pasted in («“Положение о …”» copied from Word or from a
 * sentence that cites it) would print inside the heading and again inside every reference to it («Утвердить
 * «„Положение …“»»). So: lines trimmed (`title: |` keeps them), then one pair of quotes wrapping the whole title and
 * one final full stop are dropped.
 */
export function toTitle(written: string): string {
  const lines = written
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
  return dropFinalStop(stripWrappingQuotes(dropFinalStop(lines)));
}

/** The closing quotes of each opening quote: «», “”, „“ (and „”), "". */
const closing: Readonly<Record<string, string>> = { '«': '»', '“': '”', '„': '“”', '"': '"' };

/** The title without a pair of quotes that opens it and closes it: «"Положение "Об опыте""» → «Положение "Об опыте"». */
function stripWrappingQuotes(title: string): string {
  const close = closing[title[0] ?? ''];
  if (close === undefined || title.length < 3 || !close.includes(title.at(-1)!)) return title;
  const inner = title.slice(1, -1);
  // «"Точка роста" и "Кванториум"» opens and closes with a quote, but they are two names, not one wrapping pair.
  return isBalanced(inner) ? inner.trim() : title;
}

/** Whether every quote of a text closes one opened before it: «,„ open, » closes, " “ ” open after a space. */
function isBalanced(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!'«»„“”"'.includes(ch)) continue;
    const opens = ch === '«' || ch === '„' || (ch !== '»' && (i === 0 || /[\s(«„“"]/u.test(text[i - 1]!)));
    depth += opens ? 1 : -1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/**
 * One final full stop, when it ends a word and not an abbreviation: «…проекта.» → «…проекта», while «на 2025 г.»,
 * «и т.д.», «и др.» keep theirs (a short lower-case word or one with a dot inside is taken for an abbreviation).
 */
function dropFinalStop(title: string): string {
  const last = /(\S+)\.$/u.exec(title)?.[1];
  if (last === undefined || last.includes('.') || /^\p{Ll}{1,3}$/u.test(last)) return title;
  return title.slice(0, -1);
}
