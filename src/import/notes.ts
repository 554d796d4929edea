/** A place in the plan being built: keys and list indexes from the plan's root («documents», 0, «items», 3). */
export type PlanPath = readonly (string | number)[];

/** A guess the import made, to be written as a YAML comment above the value it concerns and listed on stderr. */
export type Note = { readonly path: PlanPath; readonly text: string };

/** Notes of a part of the plan, moved under the path where that part is placed. */
export function placeNotes(notes: readonly Note[], prefix: PlanPath): Note[] {
  return notes.map((n) => ({ path: [...prefix, ...n.path], text: n.text }));
}
