import { studioText as t } from '../../messages.js';
import type { Draft } from './drafts.js';

/**
 * «Прежние черновики»: the plans this browser kept that are not in the editor now (another tab's, or the text a new
 * plan replaced), newest first. Hidden when there are none, and for a plan file on disk.
 */
export function showPreviousDrafts(
  select: HTMLSelectElement,
  drafts: readonly Draft[],
  shown: boolean,
): void {
  select.hidden = !shown || drafts.length === 0;
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
