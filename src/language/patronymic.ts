/**
 * A Russian patronymic as the patterns that find names read it: regular-expression source of Cyrillic letters only,
 * for a pattern with or without the `u` flag. One concept in two forms — where a name is a whole value (`people`, a
 * cell, a stamp) its patronymic stands in the nominative, in running text in any case — and the Turkic one.
 */

/**
 * The ending of a patronymic in the nominative: «Николаевич», «Ильич», «Николаевна», «Ильинична», «Саввична». Not
 * «-ич» after another consonant: «Кузьмич», «Лукич» are rare, and «Бабич», «Пашич» are surnames — a pattern that
 * tells which word of a name is which must not take a surname for a patronymic.
 */
export const patronymicEnd = '(?:вич|ьич|вна|чна)';

/**
 * A patronymic's ending in any case: «Николаевич», «-вича», «-вичу», «-вичем», «-виче»; «Ильич», «Ильичом»;
 * «Николаевна», «-вны», «-вне», «-вну», «-вной», «-вною»; «Ильинична» and its cases.
 */
export const patronymicInAnyCase = '(?:[вь]ич(?:а|у|ем|ом|е)?|[вч]н(?:а|ы|е|у|ой|ою))';

/** An Azerbaijani or other Turkic patronymic written as one word: «Рамизоглы», «Рамизкызы». */
export const turkicPatronymicEnd = '(?:оглы|кызы)';
