import { studioText as t } from '../../messages.js';
import { type Draft, readDraft, readPrevious } from './drafts.js';

/**
 * «Прежние черновики»: the plans this browser kept that are not in the editor now (another tab's, or the text a new
 * plan replaced), newest first; choosing one calls `restore`. While a plan file on disk is in the editor
 * (`fileShown`), every draft is listed, the newest too: a «Новый план» begun beside the file is found there after a
 * reload, which shows the file. Hidden when there are none. Returns what shows the list anew, after a save here or
 * in another tab.
 */
export function createDraftsMenu(
  select: HTMLSelectElement,
  currentId: () => string,
  fileShown: () => boolean,
  restore: (draft: Draft) => void,
): () => void {
  const others = () =>
    fileShown()
      ? [readDraft(), ...readPrevious()].filter(
          (d, i, all): d is Draft =>
            d !== undefined && d.text.trim() !== '' && all.findIndex((e) => e?.id === d.id) === i,
        )
      : readPrevious().filter((d) => d.id !== currentId());
  select.addEventListener('change', () => {
    const chosen = others().find((d) => d.id === select.value);
    if (chosen) restore(chosen);
  });
  return () => showPreviousDrafts(select, others());
}

function showPreviousDrafts(select: HTMLSelectElement, drafts: readonly Draft[]): void {
  select.hidden = drafts.length === 0;
  select.replaceChildren(
    new Option(t.previousDrafts(drafts.length), ''),
    ...drafts.map(
      (d) => new Option(t.previousDraft(d.fileName, formatTime(d.savedAt), firstWords(d.text)), d.id),
    ),
  );
  select.value = '';
}

function formatTime(ms: number): string {
  return ms === 0
    ? ''
    : new Date(ms).toLocaleString('ru-RU', {
        day: 'numeric',
        month: 'long',
        hour: '2-digit',
        minute: '2-digit',
      });
}

/** What the plan is about, to tell apart drafts with one name: its project's title or its first document's. */
function firstWords(text: string): string {
  const title = /^\s*title:\s*(.+)$/m.exec(text)?.[1]?.replace(/^["']|["']$/g, '') ?? '';
  return title.length > 40 ? `${title.slice(0, 40)}…` : title;
}
