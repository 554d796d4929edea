/** A line that names an educational organization: «…учреждение…», «колледж», «школа № 5», «детский сад». */
export const orgPattern =
  /учреждени|колледж|техникум|школ|гимнази|лице[йя]|университет|организаци|центр|сад(?![а-яё])/i;

/** An organisation's name as the plan has it: on one line, however the page broke it (gramota balances it itself). */
export const toOneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
