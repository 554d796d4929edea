import { formatDate } from '../language/dates.js';
import { quote } from './words.js';

/** What gramota says about `orders:` (acts outside the plan) and `appendix_to:`. */
export const ordersText = {
  orderNumbersBackwards: (
    later: { id: string; number: string; date: string },
    earlier: { id: string; number: string; date: string },
    folder: string | undefined,
  ) =>
    `предупреждение: приказ ${quote(later.id)} № ${later.number} от ${formatDate(later.date, 'numeric')} датирован раньше приказа ${quote(earlier.id)} № ${earlier.number} от ${formatDate(earlier.date, 'numeric')}, а номер у него больше${folder === undefined ? '' : ` (организация ${quote(folder)})`}: приказы одной организации нумеруются по порядку дат. Проверьте даты и номера этих приказов`,
  orderKeyFormat: 'id приказа пишется латиницей в нижнем регистре: prikaz-27, order-2024',
  unknownOrder: (key: string) => `нет приказа с id ${quote(key)} в orders`,
  unknownOrderAnywhere: (key: string) => `нет приказа с id ${quote(key)} ни в documents, ни в orders`,
  unknownOrderNoOrders: (key: string) =>
    `нет приказа с id ${quote(key)} ни в documents, ни в orders: приказ, который уже издан и в пакет не входит, опишите в начале плана — orders: { ${key}: { number: номер, date: дата } }, номер и дата — как в приказе`,
  orderKindByNumber: (number: string) =>
    `номер ${quote(number)} похож на номер распоряжения, а вид акта не указан — в документах вышло бы «приказом …» и «к приказу …»; напишите kind: распоряжение (если это приказ — kind: приказ)`,
  orderIdTaken: (id: string) => `id ${quote(id)} есть и в orders, и в documents; дайте им разные id`,
  appendixToPlanOrder: (order: string, id: string) =>
    `приказ ${quote(order)} собирается из плана: вместо appendix_to добавьте документ в его appendices: [${id}]`,
  appendixToAndAppended: (order: string) =>
    `документ уже приложен к приказу ${quote(order)} через appendices; appendix_to здесь лишний`,
  appendixToNothing:
    'в appendix_to не сказано, к чему документ приложен: к приказу (распоряжению) из orders — { order: prikaz-27, number: 2 }, к заявке — { application: true, number: 1 }',
  applicationForm:
    'application: true — «Приложение N к заявке», или текст, который идёт за словами «к заявке»: на присвоение статуса региональной инновационной площадки',
  appendixToBoth:
    'в appendix_to и order, и application: документ — приложение либо к приказу (распоряжению), либо к заявке; оставьте одно',
} as const;
