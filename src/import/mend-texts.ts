import type { Note, PlanPath } from './notes.js';

/** A mending of one text: the text as it should stand, and a note when it changed. */
export type Mend = (text: string) => { readonly value: string; readonly note?: string };

/** The plan with every text mended by `mend`, and a note at each text changed; the plan itself is left as it is. */
export function mendTexts(plan: unknown, mend: Mend, path: PlanPath = []): { value: unknown; notes: Note[] } {
  if (typeof plan === 'string') {
    const { value, note } = mend(plan);
    return { value, notes: note === undefined ? [] : [{ path, text: note }] };
  }
  const notes: Note[] = [];
  const read = (item: unknown, key: string | number) => {
    const mended = mendTexts(item, mend, [...path, key]);
    notes.push(...mended.notes);
    return mended.value;
  };
  if (Array.isArray(plan)) return { value: plan.map(read), notes };
  if (plan !== null && typeof plan === 'object') {
    const entries = Object.entries(plan).map(([key, item]) => [key, read(item, key)] as const);
    return { value: Object.fromEntries(entries), notes };
  }
  return { value: plan, notes };
}
