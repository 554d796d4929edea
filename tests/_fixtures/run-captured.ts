import { run } from '../../src/cli/main.js';

/** Runs the CLI in a folder with an environment and collects what it printed and its exit code. */
export async function runCaptured(
  cwd: string,
  argv: readonly string[],
  env: Readonly<Record<string, string>> = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(argv, {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    cwd,
    env,
  });
  return { code, out, err };
}
