import { describe, expect, it } from 'vitest';
import { buildModels } from '../../../src/generate.js';
import { parsePlan } from '../../../src/plan/parse-plan.js';
import { paragraphsOf } from '../../_fixtures/paragraphs.js';

describe('regulation clauses', () => {
  it('keep the paragraphs of a text written over several lines', () => {
    const plan = parsePlan(
      `organization: { name: Школа }
documents:
  - type: regulation
    title: Положение о наставничестве
    sections:
      - title: Общие положения
        clauses:
          - |
            Настоящее Положение определяет порядок наставничества.

            Положение вступает в силу с момента утверждения.
          - Второй пункт.
`,
      'plan.yaml',
    );
    const text = paragraphsOf(buildModels(plan, { createdAt: new Date(0) })[0]!.model);
    const at = text.indexOf('Настоящее Положение определяет порядок наставничества.');
    expect(text.slice(at, at + 3)).toEqual([
      'Настоящее Положение определяет порядок наставничества.',
      'Положение вступает в\u00A0силу с\u00A0момента утверждения.',
      'Второй пункт.',
    ]);
  });
});
