import { quote } from './words.js';

/** What gramota says when the plan contradicts itself: a document approved twice, a reference to the wrong act. */
export const refsText = {
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
} as const;
