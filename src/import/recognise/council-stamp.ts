/**
 * A council as a stamp names it, in the genitive the plan's `council` takes: «на заседании педагогического совета»,
 * «решением …», or the instrumental «Управляющим советом» (СОГЛАСОВАНО … кем), turned to «Управляющего совета».
 */
export function readCouncil(line: string): string | undefined {
  const named = /^(?:решением|на заседании)\s+(.+)$/i.exec(line);
  if (named) return named[1]!;
  const instrumental =
    /^((?:\p{L}+(?:ым|им)\s+)*)(совет|собрани|комитет|конференци)(ом|ем|ей)((?:\s.*)?)$/iu.exec(line);
  if (!instrumental) return undefined;
  const [, adjectives = '', stem = '', , tail = ''] = instrumental;
  const nouns: Record<string, string> = { совет: 'а', собрани: 'я', комитет: 'а', конференци: 'и' };
  const noun = stem + nouns[stem.toLowerCase()]!;
  return `${adjectives.replace(/(\p{L}+?)([жшщч])?(ым|им)(?=\s)/gu, toGenitiveAdjective)}${noun}${tail}`;
}

/** «педагогическим» → «педагогического», «Управляющим» → «Управляющего». */
function toGenitiveAdjective(_: string, stem: string, hush: string | undefined, ending: string): string {
  if (hush) return `${stem}${hush}его`;
  return `${stem}${ending === 'им' && !/[кгх]$/.test(stem) ? 'его' : 'ого'}`;
}

/** «(протокол от 30.08.2024 № 1)» or «протокол № 1 от 29.08.2024»: the date's text and the number. */
export function readProtocol(text: string): { date: string; number: string } | undefined {
  const dateFirst = /протокол\s+от\s+(.+?)\s*№\s*([^\s)]+)/i.exec(text);
  if (dateFirst) return { date: dateFirst[1]!, number: dateFirst[2]! };
  const numberFirst = /протокол\s*№\s*([^\s)]+)\s+от\s+([^)]+?)\s*(?:\)|$)/i.exec(text);
  return numberFirst ? { date: numberFirst[2]!, number: numberFirst[1]! } : undefined;
}
