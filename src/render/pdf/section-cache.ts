import type { Section } from '../../model/schema.js';

/**
 * What a long-running process (the studio's builder, a library caller) keeps of the PDF renderer's work between
 * builds, by a section's content: a plan edited in one document rebuilds every other document's sections from
 * here instead of laying them out again. A section's model is all its PDF depends on: fonts, templates and page
 * settings do not change in a process, and the information of the file is written by the join (join-pdfs.ts).
 * generate() starts a build on it (`startBuild`); what neither this build nor the one before used is let go, so a
 * big roadmap edited a hundred times is held twice, not a hundred times.
 */
export type SectionCache = {
  readonly startBuild: () => void;
  /** The section as paginate.ts gave it for a section of this content, when one was paginated. */
  readonly paginatedOf: (section: Section) => Section | undefined;
  readonly putPaginated: (section: Section, paginated: Section) => void;
  /** The PDF of a section of this content, drawn with or without compressed streams. */
  readonly pdfOf: (section: Section, compress: boolean) => Promise<Uint8Array> | undefined;
  readonly putPdf: (section: Section, compress: boolean, pdf: Promise<Uint8Array>) => void;
};

type Entry = { paginated?: Section; pdf: Map<boolean, Promise<Uint8Array>>; build: number };

/** The builds whose sections stay: this one and the one before (a preview, then its download). */
const keptBuilds = 2;

export function createSectionCache(): SectionCache {
  const entries = new Map<string, Entry>();
  const keys = new WeakMap<Section, string>();
  let build = 0;
  // The content itself is the key: a digest of it took longer than the lookup (the browser digests in JavaScript),
  // and what is kept is the content of two builds at most.
  const keyOf = (section: Section) => {
    let key = keys.get(section);
    if (key === undefined) {
      key = JSON.stringify(section);
      keys.set(section, key);
    }
    return key;
  };
  /** The entry of this content, marked as used by this build; made when `create`. */
  const entryOf = (section: Section, create: boolean): Entry | undefined => {
    const key = keyOf(section);
    let entry = entries.get(key);
    if (entry === undefined && create) {
      entry = { pdf: new Map(), build };
      entries.set(key, entry);
    }
    if (entry) entry.build = build;
    return entry;
  };
  return {
    startBuild: () => {
      build += 1;
      for (const [key, entry] of entries) if (entry.build <= build - keptBuilds) entries.delete(key);
    },
    paginatedOf: (section) => entryOf(section, false)?.paginated,
    putPaginated: (section, paginated) => {
      entryOf(section, true)!.paginated = paginated;
    },
    pdfOf: (section, compress) => entryOf(section, false)?.pdf.get(compress),
    putPdf: (section, compress, pdf) => {
      const entry = entryOf(section, true)!;
      entry.pdf.set(compress, pdf);
      // A drawing that failed is not kept: the next build tries again.
      pdf.catch(() => {
        if (entry.pdf.get(compress) === pdf) entry.pdf.delete(compress);
      });
    },
  };
}
