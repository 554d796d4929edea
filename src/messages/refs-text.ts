import { count, quote } from './words.js';

/** What gramota says when the plan contradicts itself: a document approved twice, a reference to the wrong act. */
export const refsText = {
  /** A stand-in of the import for an appendix its file did not hold, left in the plan (plan/check-stand-ins.ts). */
  standInLeft: (n: number) =>
    `это заготовка приложения ${n}, которого не было в импортированном файле: в пакете напечаталась бы она. Добавьте в план файл Word этого приложения (gramota import ФАЙЛ --into план, в студии — «Импорт из Word…» → «Добавить в этот план»: оно встанет на место заготовки) или впишите сюда его текст`,
  approvedByOrderAndStamp: (
    order: string,
    number: string,
    date: string | undefined,
    clause: string,
    stamp: 'person' | 'council' | 'order',
  ) =>
    `документ утверждается приказом ${quote(order)}${date === undefined ? '' : ` от ${date}`} № ${number} (пункт ${clause}), а здесь у него ещё и свой гриф ` +
    (stamp === 'person'
      ? '«УТВЕРЖДАЮ»'
      : stamp === 'council'
        ? 'утверждения советом'
        : 'утверждения другим приказом') +
    ' — документ был бы утверждён дважды, разными актами. Уберите approval: что документ утверждён этим приказом, gramota отметит сама' +
    (stamp === 'council'
      ? '; если совет документ принимал, это гриф слева: agreement: { word: ПРИНЯТО, council: … }'
      : ''),
  sameTitle: (title: string, first: string, order: string) =>
    `такое же название у документа ${quote(first)}, тоже приложения к приказу ${quote(order)}: ${quote(title)} — приказ назвал бы два приложения одинаково; дайте этому документу его собственное название`,
  ownCitationWrong: (written: string, number: string, date: string | undefined) =>
    `в тексте «настоящий приказ» назван ${quote(written)}, а у этого приказа № ${number}${date === undefined ? '' : ` от ${date}`}: номер и дату в тексте gramota не меняет — исправьте их`,
  citesLaterAct: (written: string, date: string) =>
    `приказ датирован ${date}, а ссылается на акт ${quote(written)} — более поздний, которого в день приказа ещё не было; проверьте дату приказа (приказ о внесении изменений издают после того, который он изменяет) или дату в тексте`,
  citesOwnNumber: (written: string, number: string, date: string) =>
    `приказ № ${number} от ${date} ссылается на ${quote(written)} — свой же номер с другой датой: похоже, дата осталась от прошлого плана. Исправьте дату или номер в тексте; если это другой акт с таким номером, опишите его в orders (с issuer, если его издал другой орган)`,
  citesOwnNumberOtherYear: (written: string, number: string, date: string) =>
    `предупреждение: в тексте ${quote(written)} — номер этого же приказа (он № ${number} от ${date}); если речь о другом акте с тем же номером, всё верно, иначе исправьте дату или номер`,
  yearBeforePeriod: (written: string, start: string) =>
    `предупреждение: в тексте ${quote(written)}, а срок проекта начинается ${start} (project.period): этот год целиком раньше проекта — похоже, он остался от прошлого плана; исправьте год`,
  yearAfterPeriod: (written: string, year: string, years: string, period: string) =>
    `предупреждение: в тексте ${quote(written)}, а проект идёт ${years} (project.period: ${period}): ${year} год позже его окончания — похоже, опечатка в годе; исправьте год (если речь о том, что будет после проекта, всё верно)`,
  yearBeforeOrder: (written: string, date: string) =>
    `предупреждение: в тексте ${quote(written)}, а приказ датирован ${date}: этот год кончился до приказа — похоже, он остался от прошлого плана; исправьте год`,
  citedDateDiffers: (written: string, id: string, number: string, date: string) =>
    `предупреждение: в тексте ${quote(written)}, а приказ ${quote(id)} этого плана с номером ${number} — от ${date}; если речь о нём, исправьте дату в тексте`,
  citedNumberDiffers: (written: string, id: string, number: string) =>
    `предупреждение: в тексте ${quote(written)}, а приказ этого дня в плане — ${quote(id)} № ${number}; если речь о нём, исправьте номер в тексте`,
  approveCitesOtherAppendix: (written: string, title: string, number: number) =>
    `в пункте ${quote(written)}, а утверждаемый документ ${quote(title)} — приложение ${number} (так и напечатается после него): исправьте номер в тексте или уберите его`,
  citesMissingAppendix: (written: string, count: number) =>
    `предупреждение: в пункте ${quote(written)}, а у приказа приложений ${count}; проверьте номер`,
  citesOtherAppendix: (written: string, number: number, title: string, meant: string, meantNumber: number) =>
    `предупреждение: в пункте ${quote(written)}, но приложение ${number} — ${quote(title)}, а ${quote(meant)} — приложение ${meantNumber}; номера приложений — по порядку appendices, исправьте номер в тексте`,
  attachedCitesOrderDate: (written: string, id: string, date: string) =>
    `в тексте ${quote(written)}, а приказ ${quote(id)}, к которому приложен этот документ, — от ${date}: исправьте дату в тексте`,
  citesMissingOrderAppendix: (written: string, id: string, total: number) =>
    `в тексте ${quote(written)}, а у приказа ${quote(id)} этого плана ${total === 0 ? 'приложений нет' : count(total, 'приложение', 'приложения', 'приложений')} (appendices): исправьте номер приложения или реквизиты приказа в тексте`,
  citesOtherOrderAppendix: (
    written: string,
    number: number,
    title: string,
    meant: string,
    meantNumber: number,
  ) =>
    `предупреждение: в тексте ${quote(written)}, но приложение ${number} к этому приказу — ${quote(title)}, а ${quote(meant)} — приложение ${meantNumber}; исправьте номер в тексте`,
  appendicesOutOfOrder: (early: number, later: number) =>
    `предупреждение: приложение ${early} упомянуто в тексте приказа раньше приложения ${later}; приложения нумеруют в порядке первого упоминания в тексте — переставьте документы в appendices (и номера в тексте пунктов)`,
} as const;
