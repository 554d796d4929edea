/** The longest a tab's label is, in characters, before its title is cut (the row of tabs scrolls, never cuts one). */
const longest = 26;
/** Short words that never end a cut label: «Положение о…» says less than «Положение…». */
const weakWord = /^(?:в|во|и|к|на|о|об|по|с|со|у|для|от|при|за)$/iu;

/**
 * A document's tab label: its title when short, else its first words, cut between words and ended with «…», so that
 * every tab of a package reads as words («Об утверждении дорожной…», «Состав рабочей группы…»), never as «Об …».
 * The whole title is the tab's tooltip.
 */
export function toTabLabel(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean.length <= longest) return clean;
  const words = clean.split(' ');
  const kept: string[] = [];
  for (const word of words) {
    if ([...kept, word].join(' ').length > longest && kept.length > 0) break;
    kept.push(word);
  }
  if (kept.length === words.length) return clean;
  while (kept.length > 1 && weakWord.test(kept.at(-1)!)) kept.pop();
  return `${kept.join(' ').replace(/[,:;.«"-]+$/u, '')}…`;
}
