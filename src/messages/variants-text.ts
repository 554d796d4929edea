import { quote } from './words.js';

/**
 * What gramota says about the organisations of a network project (plan/variants.ts, check-variants.ts); `cause` is
 * the key that takes the document from the organisation: leave_out, only_for, or both.
 */
export const variantsText = {
  variantFolderFormat:
    'имя папки: строчные латинские буквы, цифры, «-» и «_», первой — буква (kolledzh-1, chpk)',
  variantFolderTwice: (folder: string) =>
    `папка ${quote(folder)} уже занята другой организацией плана; задайте этой организации свою: folder: …`,
  variantNotAnOrder: (id: string) =>
    `${quote(id)} — не приказ: в documents варианта задаются номер и дата только приказов плана`,
  variantOrderLeftOut: (id: string, folder: string) =>
    `приказ ${quote(id)} у организации ${quote(folder)} в leave_out — его номер и дата отсюда не напечатались бы нигде. Уберите его отсюда или из leave_out`,
  variantNumberInherited: (id: string, folder: string, number: string, holder: string, entry: boolean) =>
    `${entry ? `приказ ${quote(id)} организации ${quote(folder)} задан здесь без номера` : `у организации ${quote(folder)} нет своего номера приказа ${quote(id)}`}: её приказ и его грифы «УТВЕРЖДЕНО приказом …» напечатались бы с номером «№ ${number}» — номером приказа организации ${quote(holder)}, а у разных организаций номера приказов свои. ${entry ? 'Добавьте сюда её номер: number: …' : `Задайте её номер и дату в её variants: documents: { ${id}: { number: …, date: … } }`}`,
  inVariant: (folder: string, message: string) => `для организации ${quote(folder)}: ${message}`,
  leftOutUnknown: (id: string, ids: readonly string[]) =>
    `нет документа с id ${quote(id)} в documents (leave_out); документы плана: ${ids.join(', ')}`,
  leftOutAll: (folder: string) =>
    `у организации ${quote(folder)} в leave_out все документы плана — её папка была бы пустой; уберите её из variants или оставьте ей хотя бы один документ`,
  leftOutApprovingOrder: (folder: string, order: string) =>
    `документ утверждён приказом ${quote(order)}, которого у организации ${quote(folder)} нет (leave_out): её гриф «УТВЕРЖДЕНО приказом …» назвал бы приказ, которого нет в её папке. Оставьте без неё и этот документ — добавьте его id в её leave_out`,
  leftOutRoadmap: (folder: string, roadmap: string) =>
    `план-график строится по дорожной карте ${quote(roadmap)}, которой у организации ${quote(folder)} нет (leave_out). Оставьте без неё и план-график — добавьте его id в её leave_out`,
  leftOutAppendixGone: (
    folder: string,
    written: string,
    title: string,
    cause: string,
    own: string | undefined,
  ) =>
    `${quote(written)} по списку appendices приказа — это ${quote(title)}, документ, которого у организации ${quote(folder)} нет (${cause}), ${own === undefined ? 'а приложения с этим номером у неё нет вовсе' : `а её ${written} — ${quote(own)}`}: текст печатается у всех организаций одинаково, и её приказ сослался бы не на тот документ. Напишите текст без номера приложения или утверждайте документ пунктом approve — такой пункт у неё не печатается, а номер приложения gramota ставит у каждой организации свой`,
  leftOutAppendixMoved: (folder: string, written: string, title: string, number: number, cause: string) =>
    `${quote(written)} по списку appendices приказа — это ${quote(title)}, а у организации ${quote(folder)} ${cause === 'leave_out' ? 'без документов её leave_out' : `без документов, которых у неё нет (${cause}),`} это приложение ${number}: текст печатается у всех организаций одинаково, и её приказ сослался бы на другое приложение. Напишите текст без номера приложения или утверждайте документ пунктом approve — номер приложения gramota ставит у каждой организации свой`,
} as const;
