import type { ActKind } from '../../language/act-kinds.js';
import { isValidIsoDate } from '../../language/dates.js';
import { toLatinKey } from '../../language/latin-key.js';
import { readDate } from './dates.js';

/**
 * An order a stamp or an appendix mark cites: its date (YYYY-MM-DD) and number as printed; another kind of act
 * («распоряжением Министерства …») also its kind and who issued it, as `orders:` holds them.
 */
export type OrderRef = {
  readonly kind?: ActKind;
  readonly date: string;
  readonly number: string;
  readonly issuer?: string;
};

/**
 * «… от 01.09.2025 № 215», «от «30» августа 2024 г. № 115-од», «№ 215 от 01.09.2025» → the order's date and number;
 * undefined when either is missing or the date is not read.
 */
export function readOrderRef(text: string): OrderRef | undefined {
  const dateFirst = /(?:^|\s)от\s+(.+?)\s*№\s*(\S+?)[.,;]?$/i.exec(text.trim());
  const numberFirst = /№\s*(\S+)\s+от\s+(.+?)[.,;]?$/i.exec(text.trim());
  const found = dateFirst
    ? { date: dateFirst[1]!, number: dateFirst[2]! }
    : numberFirst && { date: numberFirst[2]!, number: numberFirst[1]! };
  const date = found ? readDate(found.date) : undefined;
  return found && date && isValidIsoDate(date) ? { date, number: found.number } : undefined;
}

/**
 * The id of an order of `orders:` by its kind and number: «115-од» → prikaz-115-od, a «распоряжение» «1543-р» →
 * rasporyazhenie-1543-r, unique among `used`.
 */
export function toOrderId(ref: OrderRef, used: ReadonlySet<string>): string {
  return toLatinKey(`${ref.kind ?? 'приказ'} ${ref.number.replace(/[^\p{L}\p{N}]+/gu, ' ')}`, used, '-');
}

/** The order a mark or a stamp cites, with its kind and issuer when it is not the organization's own приказ. */
export function withAct(ref: OrderRef, kind: ActKind | undefined, issuer: string | undefined): OrderRef {
  if (kind === undefined || kind === 'приказ') return ref;
  return { kind, ...ref, ...(issuer !== undefined && issuer !== '' && { issuer }) };
}
