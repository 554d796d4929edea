import { z } from 'zod';
import { planSchema } from './schema/plan.js';

/** The plan's JSON Schema (draft-07, Russian descriptions) for editor completion via yaml-language-server. */
export function toPlanJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(planSchema, { target: 'draft-07', io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
}
