import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { formatProblem, UserError } from '../errors.js';
import { generate } from '../generate.js';
import { text } from '../messages.js';
import { packageRoot } from '../paths.js';
import { toPlanJsonSchema } from '../plan/json-schema.js';
import { parsePlan } from '../plan/parse-plan.js';
import { type Command, parseArgs } from './args.js';
import { expandPlans, readPlan } from './plans.js';
import { writePackage } from './write-package.js';

/** What the CLI may touch besides the file system: its output streams, working folder and environment. */
export type Io = {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
};

/** The command line as a function: argv → exit code (0 ok, 1 bad input or unwritable output, 2 wrong usage). */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const command = parseArgs(argv);
  if ('usage' in command) {
    io.stderr(`gramota: ${command.usage}\n`);
    return 2;
  }
  switch (command.name) {
    case 'help':
      io.stdout(`${text.help}\n`);
      return 0;
    case 'version':
      io.stdout(`${readVersion()}\n`);
      return 0;
    case 'schema':
      io.stdout(`${JSON.stringify(toPlanJsonSchema(), null, 2)}\n`);
      return 0;
    case 'check':
    case 'build': {
      const plans = expandPlans(command.plans, io);
      if ('usage' in plans) {
        io.stderr(`gramota: ${plans.usage}\n`);
        return 2;
      }
      let failed = false;
      for (const path of plans.files) {
        try {
          await processPlan(path, command, io);
        } catch (e) {
          if (!(e instanceof UserError)) throw e;
          io.stderr(`${e.problems.map(formatProblem).join('\n')}\n`);
          failed = true;
        }
      }
      return failed ? 1 : 0;
    }
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

/** Checks or builds one plan file; a UserError is reported by the caller, and the other plans go on. */
async function processPlan(
  path: string,
  command: Extract<Command, { name: 'build' | 'check' }>,
  io: Io,
): Promise<void> {
  const { source, display, name } = readPlan(path, io.cwd);
  if (command.name === 'check') {
    io.stderr(`${text.checked(display, parsePlan(source, display).documents.length)}\n`);
    return;
  }
  const documents = await generate(source, {
    file: display,
    baseDir: dirname(path),
    formats: command.formats,
    only: command.only,
    createdAt: creationTime(io.env),
  });
  if (command.only !== undefined && documents.length === 0) {
    throw new UserError([{ code: 'usage', message: text.noDocumentMatches(command.only) }]);
  }
  const { written, problems } = writePackage(documents, command.out, name, io.cwd);
  const count = documents.filter((d) => d.kind === 'document').length;
  const shown = written.map((f) => text.built(toShownPath(f, io.cwd)));
  io.stderr(`${text.builtPlan(display, count)}\n${shown.map((line) => `${line}\n`).join('')}`);
  if (problems.length > 0) {
    const located = problems.map((p) => ({ ...p, ...(p.file ? { file: toShownPath(p.file, io.cwd) } : {}) }));
    throw new UserError([
      ...located,
      {
        code: 'file-unwritable',
        message: text.writeSummary(problems.length, problems.length + written.length),
      },
    ]);
  }
}

/** A path relative to the working folder when it lies inside it, else absolute. */
function toShownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

/** SOURCE_DATE_EPOCH (seconds) fixes the creation time written into the files, for reproducible builds. */
function creationTime(env: Io['env']): Date | undefined {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;
}

function readVersion(): string {
  return (JSON.parse(readFileSync(`${packageRoot}/package.json`, 'utf8')) as { version: string }).version;
}
