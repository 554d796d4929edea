import { quote } from './words.js';

/** What gramota says about clauses of an order that the order writes itself or that its appendices need. */
export const clausesText = {
  controlClauseTwice: (control: string | undefined, who: string | undefined) =>
    'пункт о контроле приказ ставит сам, последним пунктом («Контроль за исполнением настоящего приказа …»), и этот ' +
    'напечатался бы вторым: удалите его. ' +
    (control !== undefined
      ? `Кто контролирует, уже сказано у приказа: control: ${control}`
      : who === 'self'
        ? '«Контроль … оставляю за собой» приказ напишет и без него (так по умолчанию: control: self)'
        : 'Кто контролирует, пишется у приказа ключом control: self — «… оставляю за собой», ключ человека из people — ' +
          `«… возложить на …» с должностью и именем в нужном падеже${who === undefined ? '' : `: control: ${who}`}`),
  approvedWithoutClause: (id: string, order: string, number: number | undefined) =>
    `документ напечатается с грифом «УТВЕРЖДЕНО приказом …» приказа ${quote(order)}, а в тексте этого приказа нет ни ` +
    `пункта, который его утверждает, ни упоминания ${number === undefined ? 'приложения' : `приложения ${number}`}: ` +
    `добавьте в clauses приказа пункт - approve: ${id} («Утвердить … (приложение${number === undefined ? '' : ` ${number}`})»). ` +
    `Если приказ документ только прикладывает, уберите approval — будет отметка «Приложение${number === undefined ? '' : ` ${number}`} к приказу …»`,
} as const;
