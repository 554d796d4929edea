import type { Problem } from '../errors.js';
import type { Format } from '../generate.js';
import type { PlacedNote } from '../import/emit-yaml.js';

/** What the page asks the worker: build this plan text (worker/index.ts); `file` names it in messages. */
export type BuildRequest = {
  readonly id: number;
  readonly kind: 'build';
  readonly source: string;
  readonly file: string;
  /**
   * The plan's name (its file name without extension): the package's folder, as the CLI names it. None for a plan no
   * file named yet: the worker names it after what it is about (web/plan-name.ts describePlan).
   */
  readonly planName?: string | undefined;
  /** The preview needs only PDF; a download asks for both. */
  readonly formats: readonly Format[];
  /** A preview's PDF, for the screen only: not compressed (GenerateOptions.draft). */
  readonly draft?: boolean;
};

/** One built file of the package, its bytes as the CLI would write them. */
export type BuiltFile = {
  /** The document's id; a network partner's file's is its folder and the id (school91/roadmap-1), one a tab. */
  readonly id: string;
  readonly title: string;
  /** A network project's partner whose file this is: its short name (or name), as its tabs show it; none for the plan's own. */
  readonly organization?: string | undefined;
  readonly kind: 'document' | 'package';
  readonly fileName: string;
  readonly docx?: Uint8Array | undefined;
  readonly pdf?: Uint8Array | undefined;
};

/**
 * The worker's answer: the package and its warnings, the plan's problems, or an unexpected failure (a bug) with its
 * text.
 */
export type BuildResult =
  | {
      readonly id: number;
      readonly kind: 'built';
      readonly files: readonly BuiltFile[];
      /** The package's folder name, as the CLI names output/<plan>/. */
      readonly folder: string;
      /**
       * What `gramota build` prints as «предупреждение»: the files are built, but the plan says what is rarely meant
       * (plan/plan-warnings.ts) or a word is wider than its column (plan/word-warnings.ts); in order of their lines.
       */
      readonly warnings: readonly Problem[];
    }
  | { readonly id: number; readonly kind: 'problems'; readonly problems: readonly Problem[] }
  | { readonly id: number; readonly kind: 'crash'; readonly message: string };

/** «Импорт из Word…»: a DOCX's bytes to import into a plan named `planFile`, as `gramota import` does. */
export type ImportRequest = {
  readonly id: number;
  readonly kind: 'import';
  readonly file: string;
  readonly planFile: string;
  readonly bytes: Uint8Array;
  /** The plan in the editor, when the file's documents are to be added to it (import/merge-plan.ts). */
  readonly into?: string | undefined;
};

/**
 * What a plan no file named yet is saved as (web/plan-name.ts): the worker makes the name, as it names the package's
 * folder, with the CLI's transliteration, which the page does not carry.
 */
export type NameRequest = { readonly id: number; readonly kind: 'name'; readonly source: string };
export type NameResult = { readonly id: number; readonly kind: 'named'; readonly name: string };

/** The import's answer: the plan's text and the notes on its guesses, why the file cannot be imported, or a bug. */
export type ImportResult =
  | {
      readonly id: number;
      readonly kind: 'imported';
      readonly yaml: string;
      readonly notes: readonly PlacedNote[];
    }
  | Extract<BuildResult, { kind: 'problems' | 'crash' }>;
