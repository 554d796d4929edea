import { studioText as t } from '../../messages.js';
import { fetchStarter, type StarterId } from '../starters.js';

/** What «Новый план» needs of the page. */
export type StarterPage = {
  /** The file `gramota studio plan.yaml` edits (`missing`: not written yet); none in a browser. */
  readonly file: () => { readonly name: string; readonly missing: boolean } | undefined;
  readonly getText: () => string;
  /** The file's text kept in the browser, among the previous drafts, before the starter is written over it. */
  readonly keepFileText: () => void;
  /** The starter's text, to replace the plan's (and be saved as typing is: into the file, or the draft). */
  readonly accept: (text: string) => void;
};

/**
 * «Новый план»: a starter replaces the plan. In `gramota studio plan.yaml` it goes into that file, as any change does —
 * asked first when the file has a text of its own, which the browser then keeps among the previous drafts; the sample
 * shown before the file is created is replaced without a question. In a browser the draft replaced is kept so too.
 */
export function wireStarters(select: HTMLSelectElement, page: StarterPage): void {
  select.addEventListener('change', async () => {
    const id = select.value as StarterId | '';
    select.value = '';
    if (id === '') return;
    const file = page.file();
    const question = !file
      ? t.replaceDraft
      : file.missing
        ? ''
        : t.replaceFileByStarter(file.name, t.starters[id]);
    if (question !== '' && page.getText().trim() !== '' && !window.confirm(question)) return;
    if (file && !file.missing) page.keepFileText();
    page.accept(await fetchStarter(id));
  });
}
