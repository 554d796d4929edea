/** A line's dash, its key (a word, `title` or `название`) and its text, the trailing spaces left out. */
const keyAndText = /^ *(- +)?(?:([^\s:#"'-][^\s:]*): +)?(.*?)\s*$/;
/** A longer text is shown up to its first «: » (or cut), so that the message stays readable. */
const maxShown = 120;

/**
 * The user's own line with its text in quotes, for a message to show the fix: `title: "Паспорт проекта «Ступеньки: от
 * сада к школе»"`; in single quotes when the text holds double ones. `column` is where the text starts in the line.
 */
export function quoteOwnText(line: string): { quoted: string; singleQuotes: boolean; column: number } {
  const [whole, dash = '', key, typed = ''] = keyAndText.exec(line)!;
  const column = whole.trimEnd().length - typed.length;
  const shown = typed.length > maxShown ? shorten(typed) : typed;
  const singleQuotes = shown.includes('"');
  const quoted = singleQuotes ? `'${shown.replaceAll("'", "''")}'` : `"${shown}"`;
  return { quoted: `${dash}${key ? `${key}: ` : ''}${quoted}`, singleQuotes, column };
}

/**
 * The fix for a text that starts at `offset`: the user's line with the text in quotes, or, when the text is an item
 * in brackets (`[*Протокол, отчёт]`), that one item in quotes.
 */
export function quoteTextAt(source: string, offset: number): string {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const end = source.indexOf('\n', offset);
  const own = quoteOwnText(source.slice(start, end < 0 ? undefined : end));
  if (start + own.column === offset) return own.quoted;
  return `"${/^[^,\]}\n]*/.exec(source.slice(offset))![0].trim()}"`;
}

function shorten(typed: string): string {
  const colon = typed.indexOf(': ');
  if (colon >= 0 && colon < maxShown) return `${typed.slice(0, colon)}: …`;
  const space = typed.lastIndexOf(' ', maxShown);
  return `${typed.slice(0, space > 0 ? space : maxShown)} …`;
}
