import { NotWritten } from '../../markup/build-blocks.js';

/**
 * How a native partial reads its data as its Handlebars template in strict mode does (precompiled.ts,
 * compileOptions): a field the template names must be there. What the template would print other than text (a
 * number, an object) is not written natively: the writer stops (NotWritten) and the template runs instead.
 */
export type View = Readonly<Record<string, unknown>>;

/** `{{field}}` of a view: NotWritten when the view is not an object or has no such field. */
export function lookup(view: unknown, field: string): unknown {
  if (typeof view !== 'object' || view === null || !(field in view)) throw new NotWritten();
  return (view as View)[field];
}

/** A field printed as text: `{{title}}`. */
export function readText(view: unknown, field: string): string {
  return asText(lookup(view, field));
}

/** A value printed as text (`{{this}}`); a number prints as Handlebars prints it. */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  throw new NotWritten();
}

/** `{{#if field}}`: Handlebars' truth (an empty list is false, as are 0, '' and null). */
export function isTrue(view: unknown, field: string): boolean {
  const value = lookup(view, field);
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

/** `{{#each field}}` over a list; nothing for null; other values (an object's fields) are left to the template. */
export function eachOf(view: unknown, field: string): readonly unknown[] {
  const value = lookup(view, field);
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new NotWritten();
  return value;
}
