import { monthsNominative } from '../language/dates.js';
import { quote } from './words.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** What gramota says of a term written in no form it reads, with examples in the plan's own years. */
export const termsText = {
  termForm: (v: string, year: number, month: number) => {
    const last = Math.min(month + 3, 12);
    const [from, to] = [monthsNominative[month - 1], monthsNominative[last - 1]];
    return (
      `срок ${quote(v)} записан не так: дата — 01.${pad(month)}.${year} или ${year}-${pad(month)}-01, ` +
      `месяц — «${from} ${year} г.» или ${year}-${pad(month)}, год — ${year}, ` +
      `диапазон — «${from} – ${to} ${year} г.» или { from: ${year}-${pad(month)}, to: ${year}-${pad(last)} }`
    );
  },
  termMonthForm: (v: string, year: number, month: number) =>
    `срок ${quote(v)} записан не так: месяц пишется ${year}-${pad(month)} или «${monthsNominative[month - 1]} ${year} г.»`,
  termShortYear: (v: string, full: string) =>
    `срок ${quote(v)} записан не так: год пишется четырьмя цифрами — ${full}`,
  termWithoutYear: (v: string, dotted: string, iso: string) =>
    `срок ${quote(v)} записан не так: не указан год — ${dotted} (или ${iso})`,
  termTextWithoutYear: (v: string, structured: string | undefined, dated: string) =>
    `предупреждение: в сроке ${quote(v)} нет года — он так и напечатается, и gramota не сверит его со сроком проекта; ` +
    `напишите его с годом: ${structured === undefined ? '' : `${structured} или `}${quote(dated)}`,
  roadmapStartsBeforeOrder: (roadmap: string, stage: boolean, name: string, term: string, date: string) =>
    `предупреждение: приказ датирован ${date.split('-').reverse().join('.')} и утверждает ${quote(roadmap)}, а ${stage ? 'её первый этап' : 'её первое мероприятие'} ${quote(name.length > 60 ? `${name.slice(0, 60).trimEnd()}…` : name)} (${term}) начинается раньше приказа: дорожную карту утверждают до того, как по ней начинают работать, — проверьте дату приказа или сроки`,
} as const;
