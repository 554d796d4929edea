/**
 * The plans being written, kept in the browser (localStorage) so that they survive a reload or a closed tab. One slot
 * holds the newest draft; a draft it held that belonged to another text (another tab's plan, or the text a new plan
 * replaced) moves to a short list of previous drafts, from which the page can bring it back.
 */
export type Draft = {
  readonly text: string;
  readonly fileName: string;
  /** Which text this is: a tab's plan keeps its id while it is edited; a new plan, a file opened, get new ones. */
  readonly id: string;
  /** When it was last saved, in milliseconds since 1970. */
  readonly savedAt: number;
};

export const draftKey = 'gramota.studio.draft';
const previousKey = 'gramota.studio.drafts.previous';
/** Previous drafts kept; the oldest goes first. */
const keptDrafts = 8;

/** The newest draft; with an id, that draft wherever it is kept (this tab's own after a reload). */
export function readDraft(id?: string): Draft | undefined {
  const current = readCurrent();
  if (id === undefined || current?.id === id) return current;
  return readPrevious().find((d) => d.id === id) ?? current;
}

/** Previous drafts, newest first. */
export function readPrevious(): Draft[] {
  const list = readJson(previousKey);
  return Array.isArray(list) ? list.flatMap((item) => toDraft(item) ?? []) : [];
}

/** Saves the draft as the newest; the newest one before it, if it was another text, joins the previous drafts. */
export function saveDraft(draft: Draft): void {
  const current = readCurrent();
  const others = readPrevious().filter((d) => d.id !== draft.id);
  const moved = current && current.id !== draft.id && current.text.trim() !== '' ? [current] : [];
  const previous = [...moved, ...others].filter(
    (d, i, all) => d.text !== draft.text && all.findIndex((e) => e.text === d.text) === i,
  );
  try {
    localStorage.setItem(previousKey, JSON.stringify(previous.slice(0, keptDrafts)));
    localStorage.setItem(draftKey, JSON.stringify(draft));
  } catch {
    // Storage full or disabled (a private window): the draft lives in the page only.
  }
}

function readCurrent(): Draft | undefined {
  return toDraft(readJson(draftKey));
}

function readJson(key: string): unknown {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null');
  } catch {
    return undefined;
  }
}

/** A draft as stored; one saved before drafts had ids is the text with id ''. */
function toDraft(value: unknown): Draft | undefined {
  const draft = value as Partial<Draft> | null;
  if (typeof draft?.text !== 'string' || typeof draft.fileName !== 'string') return undefined;
  return { text: draft.text, fileName: draft.fileName, id: draft.id ?? '', savedAt: draft.savedAt ?? 0 };
}
