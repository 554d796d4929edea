import type { DateStyle } from '../language/dates.js';
import { withApprovingOrders } from '../plan/approving-orders.js';
import { documentIds } from '../plan/document-ids.js';
import type { Plan } from '../plan/schema/plan.js';

/** What every resolver needs to know about the plan as a whole. */
export type ResolveContext = {
  readonly plan: Plan;
  readonly dateStyle: DateStyle;
  /** Maximum width of a requisite block: 75 mm (ГОСТ Р 7.0.97-2016) or 80 mm (2025). */
  readonly requisiteWidthMm: number;
  readonly ids: readonly string[];
};

export function createContext(plan: Plan): ResolveContext {
  return {
    plan: withApprovingOrders(plan),
    dateStyle: plan.settings?.date_style ?? 'numeric',
    requisiteWidthMm: plan.settings?.gost === 2025 ? 80 : 75,
    ids: documentIds(plan),
  };
}
