import { text } from '../messages.js';
import { readVersion } from '../version.js';
import { parseArgs } from './args.js';
import { expandPlans, findFolderCollision } from './plans.js';
import { runPlans } from './run-plans.js';

/** What the CLI may touch besides the file system: its output streams, working folder and environment. */
export type Io = {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** stderr is a terminal: a build shows its progress there. */
  readonly isTty?: boolean | undefined;
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
      io.stdout(`${text.help}\n\n${text.helpEnvironment}\n`);
      return 0;
    case 'version':
      io.stdout(`${readVersion()}\n`);
      return 0;
    case 'studio': {
      const { runStudio, untilInterrupted } = await import('../studio/command.js');
      return runStudio(command, io, untilInterrupted());
    }
    case 'schema': {
      // Imported here: a build on worker threads does not need the schema code in this thread.
      const { toPlanJsonSchema } = await import('../plan/json-schema.js');
      io.stdout(`${JSON.stringify(toPlanJsonSchema(), null, 2)}\n`);
      return 0;
    }
    case 'import': {
      const { runImport } = await import('./run-import.js');
      return runImport(command, io);
    }
    case 'check':
    case 'build': {
      const plans = expandPlans(command.plans, io);
      const wrong =
        'usage' in plans
          ? plans
          : command.name === 'build'
            ? findFolderCollision(plans.files, command.out, io.cwd)
            : undefined;
      if (wrong !== undefined || 'usage' in plans) {
        io.stderr(`gramota: ${wrong?.usage}\n`);
        return 2;
      }
      return runPlans(plans.files, command, io);
    }
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}
