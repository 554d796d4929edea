import { type Draft, draftKey, readDraft, saveDraft } from './drafts.js';

/** The id of this tab's draft, in sessionStorage: a reload of the tab finds its own plan, whatever other tabs did. */
const tabKey = 'gramota.studio.tab-draft';

/**
 * This tab's plan in the browser's drafts (drafts.ts). Tabs never take each other's text away: each saves its own
 * draft, and the one it replaces as the newest stays among the previous drafts. Two tabs on the same draft (a second
 * tab opened on it, a duplicated tab) part at the first change the other makes: this tab's text gets an id of its own,
 * and is saved at once if it had changes the other tab's text lacks.
 */
export type TabDraft = {
  /** The draft this tab shows on load: its own after a reload, the newest otherwise. */
  readonly read: () => Draft | undefined;
  readonly save: (text: string, fileName: string) => void;
  /** Another text replaces this tab's plan: a new id (or a previous draft's, brought back). */
  readonly renew: (id?: string) => void;
  readonly id: () => string;
};

export type TabText = { readonly text: () => string; readonly fileName: () => string };

export function keepTabDraft(current: TabText, onOtherTab: () => void): TabDraft {
  let id = readSession() ?? readDraft()?.id ?? createId();
  let saved = readDraft(id)?.text;
  const remember = (next: string) => {
    id = next;
    try {
      sessionStorage.setItem(tabKey, id);
    } catch {
      // No sessionStorage: a reload shows the newest draft.
    }
  };
  const save = (text: string, fileName: string) => {
    saved = text;
    saveDraft({ text, fileName, id, savedAt: Date.now() });
  };
  remember(id);
  addEventListener('storage', (event) => {
    if (event.key !== draftKey) return;
    const newest = readDraft();
    if (newest?.id === id) {
      remember(createId());
      if (current.text() !== saved) save(current.text(), current.fileName());
    }
    onOtherTab();
  });
  return { read: () => readDraft(id), save, renew: (next) => remember(next ?? createId()), id: () => id };
}

function readSession(): string | undefined {
  try {
    return sessionStorage.getItem(tabKey) ?? undefined;
  } catch {
    return undefined;
  }
}

function createId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
