import { text } from '../messages.js';
import { documentIds } from './document-ids.js';
import type { Plan } from './schema/plan.js';
import type { Report } from './validate.js';

type Path = readonly (string | number)[];

/** An order of the plan's own organisation: its id, number, date (ISO or `blank`) and where its number stands. */
type OwnOrder = { id: string; number: string; date: string; path: Path };

/**
 * Orders of one organisation never share a number within a year: a clerk gives each order the next number of the
 * register. The second order of the plan with the number of an earlier one (the orders of `orders:` issued by the
 * organisation itself, then the plan's orders, in file order) is an error at its number, naming the first. Numbers
 * compare without case and spaces («214-од», «214-ОД»); a date left blank may fall in any year.
 */
export function checkOrderNumbers(plan: Plan, report: Report): void {
  const seen: OwnOrder[] = [];
  for (const order of listOwnOrders(plan)) {
    const first = seen.find((earlier) => isSameNumber(earlier, order));
    if (first) report(order.path, text.orderNumberTaken(order.number, first.id, first.date));
    else seen.push(order);
  }
}

function listOwnOrders(plan: Plan): OwnOrder[] {
  const ids = documentIds(plan);
  const existing = Object.entries(plan.orders ?? {})
    .filter(([, order]) => order.issuer === undefined)
    .map(([id, order]) => ({ id, number: order.number, date: order.date, path: ['orders', id, 'number'] }));
  const built = plan.documents.flatMap((doc, i) =>
    doc.type === 'order'
      ? [{ id: ids[i]!, number: doc.number, date: doc.date, path: ['documents', i, 'number'] }]
      : [],
  );
  return [...existing, ...built];
}

function isSameNumber(a: OwnOrder, b: OwnOrder): boolean {
  const key = (number: string) => number.replace(/\s+/g, '').toLowerCase();
  const year = (date: string) => (date === 'blank' ? undefined : date.slice(0, 4));
  const [ya, yb] = [year(a.date), year(b.date)];
  return key(a.number) === key(b.number) && (ya === undefined || yb === undefined || ya === yb);
}
