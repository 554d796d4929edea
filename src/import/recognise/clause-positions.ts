import { declinePerson, type GrammaticalCase } from '../../language/declension.js';
import { patronymicInAnyCase } from '../../language/patronymic.js';
import { findPositionNominative } from '../../language/position-nominative.js';
import type { PeopleBook } from './people.js';
import { isPosition } from './responsible.js';

type Oblique = Exclude<GrammaticalCase, 'nominative'>;
const obliqueCases: readonly Oblique[] = ['accusative', 'dative', 'genitive', 'instrumental'];

const surname = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
/** «Кузнецову Н.П.», «Кузнецову Марину Игоревну», «Н.П. Кузнецову» in a sentence. */
const nameInText = new RegExp(
  String.raw`(${surname})\s(\p{Lu})\.\s?(\p{Lu})\.|(\p{Lu})\.\s?(\p{Lu})\.\s?(${surname})|(${surname})\s(\p{Lu})\p{Ll}+\s(\p{Lu})\p{Ll}+${patronymicInAnyCase}`,
  'gu',
);
/** The most words a position before a name takes: «заместителя директора по научно-методической работе». */
const mostWordsBefore = 8;

/**
 * A position the text of an order gives beside the name of a person who has none from elsewhere (a stamp, a
 * signature, a cell): «… возложить на Кузнецову Н.П., заместителя директора по научно-методической работе»,
 * «Назначить руководителем проекта заместителя директора по … Кузнецову Марину Игоревну», «Методисту Лебедевой
 * А.В. …». The position stands in the name's case and is read back into the nominative (language/
 * position-nominative.ts) — only where gramota declines it into those very words again. Set on the person with the
 * words it came from, for a note.
 */
export function readClausePositions(texts: readonly string[], book: PeopleBook): void {
  // A control clause read as `control:` left its position as the accusative form (control.ts): the nominative then.
  for (const [key, person] of book.entries()) {
    const written = person.position_cases?.accusative;
    const position = written && !person.position ? findPositionNominative(written, 'accusative') : undefined;
    if (!written || !position || !isPosition(position)) continue;
    book.setPositionFromText(key, position, written);
    book.addForms(key, { position_cases: undefined });
  }
  for (const text of texts) {
    for (const found of text.matchAll(nameInText)) {
      const last = found[1] ?? found[6] ?? found[7]!;
      const initials = `${found[2] ?? found[4] ?? found[8]}.${found[3] ?? found[5] ?? found[9]}.`;
      const key = book.findDeclined(last, initials) ?? book.findDeclined(last.slice(0, -1), initials);
      const person = key === undefined ? undefined : book.get(key);
      if (key === undefined || !person || person.position !== undefined) continue;
      const cases = obliqueCases.filter((c) => declinePerson(person, c).name.last === last);
      const before = text.slice(0, found.index).trim().split(/\s+/u).slice(-mostWordsBefore);
      const after = /^,\s*([^,;:]+)/u.exec(text.slice(found.index + found[0].length))?.[1];
      const phrases = [
        ...(after ? [after.trim().replace(/\.$/u, '')] : []),
        ...before.map((_, i) => before.slice(i).join(' ')),
      ];
      const read = phrases
        .flatMap((phrase) => cases.map((c) => ({ phrase, position: findPositionNominative(phrase, c) })))
        .find(({ position }) => position !== undefined && isPosition(position));
      if (read?.position) book.setPositionFromText(key, read.position, read.phrase);
    }
  }
}
