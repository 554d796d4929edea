/** Small helpers of the wording: «quotes» and Russian plural forms. */

export const quote = (s: string) => `«${s}»`;
const plurals = new Intl.PluralRules('ru');
/** «1 ячейка», «2 ячейки», «5 ячеек». */
export const count = (n: number, one: string, few: string, many: string) => {
  const form = plurals.select(n);
  return `${n} ${form === 'one' ? one : form === 'few' ? few : many}`;
};
