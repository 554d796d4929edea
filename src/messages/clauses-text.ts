import { quote } from './words.js';

const shown = (iso: string) => iso.split('-').reverse().join('.');
const capitalize = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;

/** What gramota says about clauses of an order that the order writes itself or that its appendices need. */
export const clausesText = {
  controlClauseTwice: (control: string | undefined, who: string | undefined) =>
    'пункт о контроле приказ ставит сам, последним пунктом («Контроль за исполнением настоящего приказа …»), и этот ' +
    'напечатался бы ещё раз, вторым пунктом о контроле: удалите его. ' +
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
  appendixStampAfterOrder: (
    stamp: 'approval' | 'agreement',
    date: string,
    order: { id: string; number: string; date: string },
    appendix: string,
    id: string,
  ) =>
    `${stamp === 'approval' ? 'гриф утверждения' : 'гриф согласования'} документа датирован ${shown(date)} — позже приказа ` +
    `${quote(order.id)} от ${shown(order.date)} № ${order.number}, к которому документ приложен (${appendix}): к приказу ` +
    `прикладывают уже ${stamp === 'approval' ? 'утверждённый' : 'согласованный'} документ, а напечатано было бы ` +
    `«${capitalize(appendix)} к приказу … от ${shown(order.date)}» над грифом от ${shown(date)}. Исправьте дату грифа или приказа` +
    (stamp === 'approval'
      ? `; если документ утверждает сам приказ, уберите approval и добавьте в clauses приказа пункт - approve: ${id}`
      : ''),
  appendixNotMentioned: (order: string, appendix: string, title: string, id: string) =>
    `предупреждение: текст приказа ${quote(order)} не упоминает своё ${appendix} ${quote(title)}: ни пункта approve, ни ` +
    `ссылки «(${appendix})», ни его заголовка — приложение напечаталось бы без ссылки в тексте. Назовите его в пункте, ` +
    `который его касается («… согласно ${appendix.replace('приложение', 'приложению')}»), или добавьте пункт - approve: ${id}, если приказ ` +
    'его утверждает; лишнее приложение уберите из appendices',
} as const;
