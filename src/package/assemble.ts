import type { DocumentModel } from '../model/schema.js';
import type { Plan } from '../plan/schema/plan.js';

/** A built document: its id, title and model. */
export type BuiltDocument = { readonly id: string; readonly title: string; readonly model: DocumentModel };

/** One output file: a document (an order with its appendices after it) or the whole package. */
export type PackageFile = BuiltDocument & { readonly kind: 'document' | 'package' };

export const packageTitle = 'Пакет документов';

/**
 * The files of a plan: every document (an order carries its appendices, each a new section with its own
 * orientation and page numbers), and, when the plan has several documents, the whole package in plan order
 * with each appendix after its order — for printing the application.
 */
export function assemblePackage(plan: Plan, unnamed: readonly BuiltDocument[], only?: string): PackageFile[] {
  const built = unnamed.map(withSectionTitle);
  const byId = new Map(built.map((b) => [b.id, b]));
  const withAppendices = built.map((b, i): PackageFile => {
    const doc = plan.documents[i];
    const appendices =
      doc?.type === 'order' ? (doc.appendices ?? []).flatMap((id) => byId.get(id) ?? []) : [];
    const sections = [b.model, ...appendices.map((a) => a.model)].flatMap((m) => m.sections);
    return { ...b, kind: 'document', model: { ...b.model, sections } };
  });
  if (only !== undefined) return withAppendices.filter((f) => f.id === only);
  const appended = new Set(plan.documents.flatMap((d) => (d.type === 'order' ? (d.appendices ?? []) : [])));
  const top = withAppendices.filter((f) => !appended.has(f.id));
  if (built.length < 2) return withAppendices;
  const first = withAppendices[0]!.model;
  const pack: PackageFile = {
    id: 'package',
    title: packageTitle,
    kind: 'package',
    model: {
      ...first,
      meta: { ...first.meta, title: packageTitle },
      sections: top.flatMap((f) => f.model.sections),
    },
  };
  return [...withAppendices, pack];
}

/**
 * The document's first section carries its title, the PDF bookmark of the document (or appendix) in every file it
 * is part of; made once per document, so every file shares the same section objects (the PDF renderer lays out
 * each section object once).
 */
function withSectionTitle(b: BuiltDocument): BuiltDocument {
  const [first, ...rest] = b.model.sections;
  if (first === undefined) return b;
  return { ...b, model: { ...b.model, sections: [{ ...first, title: b.title }, ...rest] } };
}
