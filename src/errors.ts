/**
 * Expected failures (bad input, unwritable output, a broken template) are UserErrors; anything else is a bug
 * and keeps its stack. A UserError may carry several problems of one file at once.
 */

export const errorCodes = [
  'yaml-syntax',
  'plan-invalid',
  'reference-unknown',
  'template-error',
  'markup-invalid',
  'file-unreadable',
  'file-unwritable',
  'usage',
  /** Not an error: the document is built, but something in it needs the user's eye (a word wider than its column). */
  'layout-warning',
  /** Not an error: the documents are built, but what the plan says is rarely meant (plan/plan-warnings.ts). */
  'plan-warning',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** One problem, located in a plan or template file where possible. */
export type Problem = {
  readonly code: ErrorCode;
  readonly message: string;
  readonly file?: string | undefined;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
};

export class UserError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'UserError';
    this.problems = problems;
  }

  get code(): ErrorCode {
    return this.problems[0]?.code ?? 'plan-invalid';
  }
}

export function formatProblem(p: Problem): string {
  if (!p.file) return p.message;
  const where = p.line ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  return `${where}: ${p.message}`;
}

export function failWith(problem: Problem): never {
  throw new UserError([problem]);
}
