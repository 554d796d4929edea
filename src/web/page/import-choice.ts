import { studioText as t } from '../../messages.js';
import { element } from './layout.js';

/** What to do with a Word file imported while the editor holds a plan: add its documents, or replace the plan. */
export type ImportChoice = 'add' | 'replace';

/**
 * Asks, in a dialog over the page, whether the documents of `file` join the plan in the editor (people merged, the
 * plan's text kept line for line: import/merge-plan.ts) or replace it; undefined when she cancels (Esc too). Adding
 * comes first: a methodologist brings her Word files one by one into one package.
 */
export function askImportChoice(file: string, served: string | undefined): Promise<ImportChoice | undefined> {
  const dialog = element('dialog', { class: 'import-choice', 'data-testid': 'import-choice' });
  const form = element('form', { method: 'dialog' });
  const button = (value: string, label: string, testid: string) =>
    element('button', { value, 'data-testid': testid }, label);
  const actions = element('div', { class: 'import-choice-actions' });
  actions.append(
    button('add', t.importAdd, 'import-add'),
    button('replace', t.importReplace, 'import-replace'),
    button('cancel', t.importCancel, 'import-cancel'),
  );
  form.append(
    element('p', {}, t.importChoice(file)),
    element(
      'p',
      { class: 'import-choice-hint' },
      served ? t.importReplaceServedHint(served) : t.importReplaceHint,
    ),
    actions,
  );
  dialog.append(form);
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      dialog.remove();
      const value = dialog.returnValue;
      resolve(value === 'add' || value === 'replace' ? value : undefined);
    });
    dialog.showModal();
  });
}
