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
  approvedWithoutClause: (id: string, order: string, number: number | undefined) => {
    const appendix = number === undefined ? 'приложение' : `приложение ${number}`;
    return (
      `у документа гриф «УТВЕРЖДЕНО приказом …» (approval: { order: ${order} }), а в тексте приказа ${quote(order)} нет ` +
      `ни пункта, который его утверждает, ни слов о нём (${appendix}): добавьте в clauses приказа пункт - approve: ${id} — ` +
      `он напечатается «Утвердить … (${appendix}).». Если приказ документ только прикладывает, уберите approval: вместо ` +
      `грифа будет отметка «${appendix[0]!.toUpperCase()}${appendix.slice(1)} к приказу …»`
    );
  },
} as const;
