/**
 * A document title after «с»: «Положение о наставничестве» → «Положением о наставничестве», «Правила внутреннего
 * распорядка» → «правилами внутреннего распорядка», «Дорожная карта …» → «дорожной картой …». Only the head phrase
 * changes: agreeing adjectives, then a head noun this table knows. Undefined when the head noun is not in it — the
 * caller then names the document «документом «…»» rather than guess a case ending.
 */
const headNouns: Readonly<Record<string, string>> = {
  положение: 'положением',
  порядок: 'порядком',
  правила: 'правилами',
  программа: 'программой',
  инструкция: 'инструкцией',
  план: 'планом',
  регламент: 'регламентом',
  кодекс: 'кодексом',
  устав: 'уставом',
  карта: 'картой',
  паспорт: 'паспортом',
  состав: 'составом',
  перечень: 'перечнем',
  график: 'графиком',
  концепция: 'концепцией',
  стратегия: 'стратегией',
  методика: 'методикой',
  политика: 'политикой',
  рекомендации: 'рекомендациями',
  требования: 'требованиями',
  изменения: 'изменениями',
  номенклатура: 'номенклатурой',
  расписание: 'расписанием',
  соглашение: 'соглашением',
  договор: 'договором',
};

/** Adjective endings, nominative → instrumental, in the gender and number of the head noun. */
const adjectiveEndings: readonly [RegExp, string][] = [
  [/ая$/, 'ой'],
  [/яя$/, 'ей'],
  [/ый$/, 'ым'],
  [/ой$/, 'ым'],
  [/([гкхжшчщ])ий$/, '$1им'],
  [/ий$/, 'им'],
  [/ое$/, 'ым'],
  [/ее$/, 'им'],
  [/ые$/, 'ыми'],
  [/ие$/, 'ими'],
];

export function toInstrumentalTitle(title: string): string | undefined {
  const words = title.replace(/\s+/g, ' ').trim().split(' ');
  for (let i = 0; i < Math.min(words.length, 4); i++) {
    const word = words[i] ?? '';
    const lower = word.toLocaleLowerCase('ru');
    const noun = headNouns[lower];
    if (noun !== undefined) {
      const head = [...words.slice(0, i).map(toInstrumentalAdjective), noun];
      if (head.includes(undefined)) return undefined;
      const joined = [...(head as string[]), ...words.slice(i + 1)];
      joined[0] = withCase(joined[0] ?? '', words[0] ?? '');
      return joined.join(' ');
    }
  }
  return undefined;
}

function toInstrumentalAdjective(word: string): string | undefined {
  const lower = word.toLocaleLowerCase('ru');
  const ending = adjectiveEndings.find(([pattern]) => pattern.test(lower));
  return ending ? lower.replace(ending[0], ending[1]) : undefined;
}

/** «Положение» keeps its capital, as official texts write it; other titles go on in lower case after «с». */
function withCase(word: string, original: string): string {
  return /^положени/i.test(original) ? word.charAt(0).toLocaleUpperCase('ru') + word.slice(1) : word;
}
