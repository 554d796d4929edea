import { spawnSync } from 'node:child_process';

/** A command-line validator's exit status and output; a missing tool fails with how to install it. */
export function runTool(command: string, args: readonly string[]): { status: number; output: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (result.error) {
    const pkg = command === 'xmllint' ? 'libxml2-utils' : command;
    throw new Error(`${command} is not installed (apt-get install ${pkg}; .ci/run installs it)`);
  }
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}
