import { monthsGenitive } from '../../language/dates.js';

/** «01.10.2020», «1 октября 2020 г.», «"01" октября 2020 г.» → 2020-10-01; a blank for handwriting → 'blank'. */
export function readDate(text: string): string | undefined {
  const s = text.replace(/\s+/g, ' ').trim();
  if (/_{2,}/.test(s) && /20_*|_{2,}/.test(s) && !/\d{4}/.test(s.replace(/20__/, ''))) return 'blank';
  const numeric = /(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(s);
  if (numeric) return iso(numeric[3]!, numeric[2]!, numeric[1]!);
  const words = /[«"]?(\d{1,2})[»"]?\s+([а-яё]+)\s+(\d{4})/i.exec(s);
  const month = words ? monthsGenitive.indexOf(words[2]!.toLowerCase() as never) + 1 : 0;
  return words && month > 0 ? iso(words[3]!, String(month), words[1]!) : undefined;
}

const iso = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
