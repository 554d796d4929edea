/**
 * A document's title as written → as printed. A title is a name, not a sentence and not a quotation: GOST R 7.0.97
 * titles end without a full stop, and quotes a title was pasted in («“Положение о …”» copied from Word or from a
 * sentence that cites it) would print inside the heading and again inside every reference to it («Утвердить
 * «„Положение …“»»). So: lines trimmed (`title: |` keeps them), then one pair of quotes wrapping the whole title and
 * one final full stop are dropped, and the kind of the document typed in capitals is written as a word («ПОЛОЖЕНИЕ о …»
 * → «Положение о …»).
 */
export function toTitle(written: string): string {
  const lines = written
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
  return lowerKindWords(dropFinalStop(stripWrappingQuotes(dropFinalStop(lines))));
}

/** Words that name the kind of a document, and the adjectives of such names, as they open a title. */
const kindWords: ReadonlySet<string> = new Set([
  ...['положение', 'порядок', 'правила', 'регламент', 'инструкция', 'программа', 'концепция', 'паспорт'],
  ...[
    'план',
    'план-график',
    'календарный',
    'график',
    'дорожная',
    'карта',
    'состав',
    'перечень',
    'отчёт',
    'отчет',
  ],
]);

/**
 * The kind of the document typed in capitals as it stands over the text, «ПОЛОЖЕНИЕ о творческой группе»: the
 * heading sets that word in capitals itself, and a reference to the document goes on in a sentence («Утвердить
 * Положение о …»), so it is written as any word. Only kind words are lowered, never an abbreviation (ФГОС, МБДОУ),
 * and only before words in small letters: a title all in capitals is left as typed.
 */
function lowerKindWords(title: string): string {
  const words = title.split(/(?=[ \n])/); // each word after the first keeps the space or line break before it
  let run = 0;
  while (run < words.length && isCapitalKindWord(words[run]!.trim())) run++;
  if (run === 0 || !/\p{Ll}/u.test(words.slice(run).join(''))) return title;
  const lowered = words.slice(0, run).join('').toLocaleLowerCase('ru');
  return lowered.charAt(0).toLocaleUpperCase('ru') + lowered.slice(1) + words.slice(run).join('');
}

function isCapitalKindWord(word: string): boolean {
  return (
    word.length > 1 && word === word.toLocaleUpperCase('ru') && kindWords.has(word.toLocaleLowerCase('ru'))
  );
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
