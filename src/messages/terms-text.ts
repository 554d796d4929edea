import { monthsNominative } from '../language/dates.js';
import { quote } from './words.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** What gramota says of terms: one written in no form it reads (with examples in the plan's own years), one outside the project or its stage, one without a year. */
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
  termRangeAsText: (v: string, from: string, to: string) =>
    `срок ${quote(v)} — это диапазон, а здесь нужна одна дата, месяц или год; диапазоном может быть только весь срок: term: { from: ${from}, to: ${to} }`,
  termTextReversed: (v: string) =>
    `срок ${quote(v)}: окончание раньше начала — проверьте числа, месяцы и годы; если срок переходит через год, год пишется у обоих месяцев: «ноябрь 2025 г. – февраль 2026 г.»`,
  termMonthTypo: (v: string, word: string, month: string) =>
    `в сроке ${quote(v)} слово ${quote(word)} похоже на месяц ${quote(month)} с опечаткой: исправьте его, иначе так и напечатается`,
  termMonthGenitive: (v: string, nominative: string) =>
    `срок ${quote(v)}: месяц без числа пишется в именительном падеже — ${quote(nominative)} (или «до …», «с …»)`,
  termUntilWithRange: 'в сроке укажите либо until, либо from/to, но не всё вместе',
  termEmptyRange: 'в сроке не указано начало: нужен from или until',
  termReversed: 'окончание срока раньше его начала',
  termOutsidePeriod: (term: string, period: string, after: boolean) =>
    `срок ${quote(term)} выходит за срок реализации проекта (${period}): ${
      after
        ? 'он позже окончания проекта — похоже, опечатка в годе; исправьте год в сроке (а если проект продлён — to в project.period)'
        : 'он раньше начала проекта — проверьте год в сроке (не остался ли он от прошлого плана); если работа начинается раньше — исправьте from в project.period'
    }`,
  termOutsideStage: (term: string, stage: string) =>
    `срок ${quote(term)} целиком вне срока своего этапа ${quote(stage)}: перенесите мероприятие в нужный этап или исправьте срок`,
} as const;
