import { describe, expect, it } from 'vitest';
import { buildModels } from '../../../src/generate.js';
import { parsePlan } from '../../../src/plan/parse-plan.js';
import { paragraphsOf as paragraphs } from '../../_fixtures/paragraphs.js';
import { orderPackage } from '../../_fixtures/plans.js';

/** The paragraphs of the `index`-th document a plan's text builds. */
const paragraphsOf = (source: string, index = 0) =>
  paragraphs(buildModels(parsePlan(source, 'plan.yaml'), { createdAt: new Date(0) })[index]!.model);

describe('settings.appendix_mark: number', () => {
  it('with appendix_mark: number, only «Приложение N» stands over the stamp; an appendix not approved keeps the mark', () => {
    const source = orderPackage.replace('documents:', 'settings: { appendix_mark: number }\ndocuments:');
    expect(paragraphsOf(source, 1).slice(0, 4)).toEqual([
      'Приложение 1',
      'УТВЕРЖДЕНА',
      'приказом ГАПОУ\u00A0«ЧПК»',
      'от\u00A001.10.2020 №\u00A045-о',
    ]);
    // The roadmap only attached: the first approval is the roadmap's.
    const attached = source
      .replace('      - approve: roadmap\n', '')
      .replace('    approval: { order: order-roadmap }\n', '');
    expect(paragraphsOf(attached, 1).slice(0, 3)).toEqual([
      'Приложение 1',
      'к\u00A0приказу ГАПОУ «ЧПК»',
      'от\u00A001.10.2020 №\u00A045-о',
    ]);
  });
});
