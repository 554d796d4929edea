import { z } from 'zod';
import { planSchema } from './schema/plan.js';
import { termPointInput } from './schema/term.js';

/** The plan's JSON Schema (draft-07, Russian descriptions) for editor completion via yaml-language-server. */
export function toPlanJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(planSchema, {
    target: 'draft-07',
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      // A term point as an editor should flag it: a year 1900–2100 or text; gramota check explains other numbers.
      if (zodSchema !== termPointInput) return;
      delete jsonSchema.type;
      jsonSchema.anyOf = [
        { type: 'integer', minimum: 1900, maximum: 2100 },
        { type: 'string', minLength: 1 },
      ];
    },
  }) as Record<string, unknown>;
}
