/** A line that names an educational organization: «…учреждение…», «колледж», «школа № 5», «детский сад». */
export const orgPattern =
  /учреждени|колледж|техникум|школ|гимнази|лице[йя]|университет|организаци|центр|сад(?![а-яё])/i;

/** The abbreviation of a kind of school that opens a short name («МБОУ», «ГАПОУ», «СОШ», «ДДЮТ»), as regex source. */
export const schoolAbbreviation = '\\p{Lu}*(?:ОУ|УДО|СОШ|ООШ|ДДТ|ДДЮТ|ЦДТ|ДЮСШ)';

/** An organisation's name as the plan has it: on one line, however the page broke it (gramota balances it itself). */
export const toOneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
