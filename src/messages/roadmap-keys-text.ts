import type { KeyAfterItems } from '../kinds/roadmap/keys-after-items.js';
import { quote } from './words.js';

const owners = { stage: 'этапа', document: 'документа', table: 'таблицы' } as const;

/** An activity short enough to name in a sentence: its first words up to about 50 characters. */
const shorten = (activity: string) => {
  const line = activity.replace(/\s+/g, ' ').trim();
  if (line.length <= 50) return line;
  const cut = line.slice(0, 50);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 20)).replace(/[\s,;:.—-]+$/, '')}…`;
};

/** «мероприятия «Второе»» / «мероприятию «Второе»», or the last item when it has no activity text. */
const nameItem = (item: string | undefined, dative: boolean) =>
  item === undefined
    ? dative
      ? 'последнему мероприятию выше'
      : 'последнего мероприятия выше'
    : `${dative ? 'мероприятию' : 'мероприятия'} ${quote(shorten(item))}`;

const where = (k: KeyAfterItems) =>
  k.owner !== 'stage'
    ? 'после мероприятий'
    : `после мероприятий этапа${k.stage === undefined ? '' : ` ${quote(k.stage)}`}`;

const moveRight = (k: KeyAfterItems) =>
  `сдвиньте строку вправо, под ${quote(k.firstKey)} (столбец ${k.column})`;

export const roadmapKeysText = {
  stageTermAfterItems: (k: KeyAfterItems) =>
    `ключ «term» стоит ${where(k)}, на отступе этапа, и стал сроком всего этапа; если это срок ${nameItem(k.item, false)} — ${moveRight(k)}; если срок этапа — перенесите его выше items, под title`,
  itemKeyAfterItems: (k: KeyAfterItems) =>
    `ключ ${quote(k.key)} стоит ${where(k)}, на отступе ${owners[k.owner]}, а у ${owners[k.owner]} такого ключа нет; если он относится к ${nameItem(k.item, true)} — ${moveRight(k)}`,
} as const;
