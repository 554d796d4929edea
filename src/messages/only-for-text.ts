import { quote } from './words.js';

/** «организации «a»», «организаций «a», «b»». */
const holders = (folders: readonly string[]) =>
  `${folders.length === 1 ? 'организации' : 'организаций'} ${folders.map(quote).join(', ')}`;

/** What gramota says about a document's `only_for`: the organisations of a network project that get it. */
export const onlyForText = {
  onlyForUnknown: (folder: string, folders: readonly string[]) =>
    `нет организации с папкой ${quote(folder)} (only_for); папки организаций плана: ${folders.join(', ')}`,
  onlyForWithoutVariants:
    'only_for называет организации сетевого проекта, а в плане нет variants: пакет собирается для одной организации, и неясно, печатать ли документ. Уберите only_for или перечислите организации-партнёры в variants',
  onlyForNothingLeft: (folder: string, isVariant: boolean, leavesOut: boolean) =>
    `у организации ${quote(folder)} не было бы ни одного документа: остальные документы плана — только для других организаций (only_for)${leavesOut ? ' или в её leave_out' : ''}, и её папка была бы пустой. Добавьте ${quote(folder)} в only_for документа, который ей нужен${isVariant ? ', или уберите её из variants' : ''}`,
  onlyForApprovingOrder: (folder: string, order: string, folders: readonly string[]) =>
    `документ утверждён приказом ${quote(order)}, который есть только у ${holders(folders)} (only_for), а у организации ${quote(folder)} его нет: её гриф «УТВЕРЖДЕНО приказом …» назвал бы приказ, которого нет в её папке. Дайте и этому документу only_for: [${folders.join(', ')}] или добавьте ${quote(folder)} в only_for приказа`,
  onlyForRoadmap: (folder: string, roadmap: string, folders: readonly string[]) =>
    `план-график строится по дорожной карте ${quote(roadmap)}, которая есть только у ${holders(folders)} (only_for), а у организации ${quote(folder)} её нет. Дайте и плану-графику only_for: [${folders.join(', ')}] или добавьте ${quote(folder)} в only_for дорожной карты`,
  variantOrderNotFor: (id: string, folder: string, folders: readonly string[]) =>
    `приказ ${quote(id)} есть только у ${holders(folders)} (only_for), а у ${quote(folder)} его нет — его номер и дата отсюда не напечатались бы нигде. Уберите их отсюда или добавьте ${quote(folder)} в only_for приказа`,
} as const;
