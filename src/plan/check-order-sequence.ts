import { isValidIsoDate } from '../language/dates.js';
import { text } from '../messages.js';
import { documentIds } from './document-ids.js';
import type { Plan } from './schema/plan.js';
import type { Report } from './validate.js';
import { leftOut, ownFolder, variantFolder } from './variants.js';

type Path = readonly (string | number)[];

/** An order of one organisation with a number of a register and a date: where its date stands in the plan file. */
type Numbered = { id: string; number: string; date: string; at: Path };

/**
 * A clerk numbers an organisation's orders in the order they are signed: within one register (the same letters
 * around the digits, «111-о» and «112-о», «12-од» and «245-од») and one year, a larger number never has an earlier
 * date. When it has, one of the two dates or numbers is mistyped («1.09.2026» for «31.08.2026»): a warning at the
 * date of the order with the larger number, naming both. Each organisation apart — the plan's own (its issued
 * `orders:` and the plan's orders it gets) and every partner (its own `orders:` and its numbers and dates of the
 * plan's orders); a blank date, or a number not of the form letters-digits-letters, is not compared.
 */
export function checkOrderSequence(plan: Plan, report: Report): void {
  const { variants = [], ...base } = plan;
  const seen = new Set<string>();
  const once: Report = (path, message) => {
    const key = JSON.stringify([path, message]);
    if (!seen.has(key)) report(path, message);
    seen.add(key);
  };
  const folder = plan.variants === undefined ? undefined : ownFolder(plan);
  checkOne(listOrders(base, undefined), folder, once);
  variants.forEach((_, k) => {
    checkOne(listOrders(base, k, plan), variantFolder(variants[k]!), once);
  });
}

function checkOne(orders: readonly Numbered[], folder: string | undefined, report: Report): void {
  for (const later of orders)
    for (const earlier of orders) {
      const [a, b] = [readNumber(later.number), readNumber(earlier.number)];
      if (a === undefined || b === undefined || a.register !== b.register || a.value <= b.value) continue;
      if (later.date.slice(0, 4) !== earlier.date.slice(0, 4) || later.date >= earlier.date) continue;
      report(later.at, text.orderNumbersBackwards(later, earlier, folder));
    }
}

/** The orders of the plan's own organisation (`k` undefined) or of variant `k`, those with a full date. */
function listOrders(base: Omit<Plan, 'variants'>, k: number | undefined, plan?: Plan): Numbered[] {
  const variant = k === undefined ? undefined : plan?.variants?.[k];
  const ids = documentIds(base);
  const left = leftOut(base, variant);
  const registry = variant === undefined ? base.orders : variant.orders;
  const where: Path = variant === undefined ? ['orders'] : ['variants', k!, 'orders'];
  const issued = Object.entries(registry ?? {})
    .filter(([, order]) => order.issuer === undefined)
    .map(([id, order]) => ({ id, number: order.number, date: order.date, at: [...where, id, 'date'] }));
  const built = base.documents.flatMap((doc, i): Numbered[] => {
    const id = ids[i]!;
    if (doc.type !== 'order' || left.has(id)) return [];
    const own = variant?.documents?.[id];
    const at: Path =
      own?.date === undefined ? ['documents', i, 'date'] : ['variants', k!, 'documents', id, 'date'];
    return [{ id, number: own?.number ?? doc.number, date: own?.date ?? doc.date, at }];
  });
  return [...issued, ...built].filter((order) => isValidIsoDate(order.date));
}

/** «112-о» → register «-о», value 112; «№ 12 - ОД» → «-од», 12; «87/1-од» → undefined (two numbers). */
function readNumber(number: string): { register: string; value: number } | undefined {
  const match = /^(\D*)(\d+)(\D*)$/u.exec(number.replace(/\s+/g, '').toLowerCase());
  return match ? { register: `${match[1]}#${match[3]}`, value: Number(match[2]) } : undefined;
}
