import { toMetadataText } from '../metadata.js';
import { toPdfString } from './pdf-metadata.js';

/** Where a part of a joined file begins: its first page's object number and index, and its title, if any. */
export type PartStart = { readonly page: number; readonly index: number; readonly title: string | undefined };

/** An object of the joined file written as text only. */
export type TextObject = { readonly id: number; readonly head: string };

/**
 * Page labels that match the printed numbers: every part (a section) counts its pages from 1 again, as its
 * page-number headers do, so a reader's «page 3» of an appendix is the page printed 3.
 */
export function toPageLabels(starts: readonly PartStart[]): string {
  return `<<\n/Nums [${starts.map((s) => `${s.index} << /S /D >>`).join(' ')}]\n>>`;
}

/**
 * The bookmarks: one per titled part (a document or an appendix), in order, each opening its first page whole.
 * Returns the outline dictionary and its items, numbered from `firstId`; none when no part has a title.
 */
export function toOutline(
  starts: readonly PartStart[],
  firstId: number,
): { readonly root: number; readonly objects: readonly TextObject[] } | undefined {
  const titled = starts.filter((s): s is PartStart & { title: string } => s.title !== undefined);
  if (titled.length === 0) return undefined;
  const root = firstId;
  const itemId = (i: number) => firstId + 1 + i;
  const items = titled.map((start, i): TextObject => {
    const links = [
      ...(i > 0 ? [`/Prev ${itemId(i - 1)} 0 R`] : []),
      ...(i < titled.length - 1 ? [`/Next ${itemId(i + 1)} 0 R`] : []),
    ];
    const title = toPdfString(toMetadataText(start.title));
    return {
      id: itemId(i),
      head: `<<\n/Title ${title}\n/Parent ${root} 0 R\n${links.map((l) => `${l}\n`).join('')}/Dest [${start.page} 0 R /Fit]\n>>\n`,
    };
  });
  const head =
    `<<\n/Type /Outlines\n/First ${itemId(0)} 0 R\n/Last ${itemId(titled.length - 1)} 0 R\n` +
    `/Count ${titled.length}\n>>\n`;
  return { root, objects: [{ id: root, head }, ...items] };
}
