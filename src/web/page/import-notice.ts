import { findNoteLine, type PlacedNote } from '../../import/emit-yaml.js';
import { studioText as t } from '../../messages.js';
import { element } from './layout.js';

/**
 * What an import says: the notes on its guesses (none when it guessed nothing), or why the file was not imported; or
 * what «Открыть файл…» says of a file: why it was not opened, or in which encoding it was read.
 */
export type ImportNotice =
  | {
      readonly kind: 'imported';
      readonly file: string;
      readonly notes: readonly PlacedNote[];
      /** Its documents were added to the plan in the editor, not made a plan of their own. */
      readonly added?: boolean;
    }
  | { readonly kind: 'failed'; readonly file: string; readonly messages: readonly string[] }
  | {
      readonly kind: 'said';
      readonly heading: string;
      readonly messages: readonly string[];
      readonly failed: boolean;
    };

/**
 * The notice above the plan's problems, until the user hides it or imports again. Clicking a note puts the cursor at
 * its comment «# импорт: …», found again in the text as it is now.
 */
export function showImportNotice(
  section: HTMLElement,
  notice: ImportNotice,
  getText: () => string,
  goTo: (line: number, column: number) => void,
): void {
  const failed = notice.kind === 'failed' || (notice.kind === 'said' && notice.failed);
  const heading =
    notice.kind === 'said'
      ? notice.heading
      : notice.kind === 'failed'
        ? t.importFailed(notice.file)
        : notice.notes.length === 0
          ? (notice.added ? t.added : t.imported)(notice.file)
          : (notice.added ? t.addedNotes : t.importNotes)(notice.file, notice.notes.length);
  const hide = element('button', { type: 'button', class: 'import-notice-hide' }, t.hideNotice);
  hide.addEventListener('click', () => {
    section.hidden = true;
  });
  const list = element('ol', {});
  list.append(
    ...(notice.kind !== 'imported'
      ? notice.messages.map((m) => element('li', { 'data-testid': 'import-note' }, m))
      : notice.notes.map((note) => {
          const entry = element('li', { 'data-testid': 'import-note' });
          const button = element(
            'button',
            { type: 'button', class: 'import-note' },
            `${t.atLine(note.line)}: ${note.text}`,
          );
          button.addEventListener('click', () => goTo(findNoteLine(getText(), note), 1));
          entry.append(button);
          return entry;
        })),
  );
  section.classList.toggle('failed', failed);
  section.replaceChildren(element('h2', { class: 'import-notice-title' }, heading), hide, list);
  section.hidden = false;
}
