import { quote } from './words.js';

/** What gramota says about the organisations of a network project (plan/variants.ts, check-variants.ts). */
export const variantsText = {
  variantFolderFormat:
    'имя папки: строчные латинские буквы, цифры, «-» и «_», первой — буква (kolledzh-1, chpk)',
  variantFolderTwice: (folder: string) =>
    `папка ${quote(folder)} уже занята другой организацией плана; задайте этой организации свою: folder: …`,
  variantNotAnOrder: (id: string) =>
    `${quote(id)} — не приказ: в documents варианта задаются номер и дата только приказов плана`,
  inVariant: (folder: string, message: string) => `для организации ${quote(folder)}: ${message}`,
} as const;
