/** The plan being written, kept in the browser (localStorage) so that it survives a reload or a closed tab. */
export type Draft = { readonly text: string; readonly fileName: string };

const key = 'gramota.studio.draft';

export function readDraft(): Draft | undefined {
  try {
    const draft = JSON.parse(localStorage.getItem(key) ?? 'null') as Draft | null;
    return typeof draft?.text === 'string' && typeof draft.fileName === 'string' ? draft : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(draft: Draft): void {
  try {
    localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or disabled (a private window): the draft lives in the page only.
  }
}
