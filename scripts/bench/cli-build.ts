import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runProcess } from './run-worker.js';
import { median } from './stopwatch.js';

/** The newest modification time of the files under a folder (0 for a missing one). */
function findNewestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((newest, e) => Math.max(newest, statSync(join(e.parentPath, e.name)).mtimeMs), 0);
}

/**
 * The CLI runs the compiled dist/: when a source file or template is newer than the oldest-possible output
 * (dist/cli/main.js) or dist/ is missing, it is built again as `npm run build` does: `tsc -p tsconfig.build.json`,
 * the templates precompiled, the command bundled (dist/cli-bundle). Returns whether it compiled.
 */
export async function ensureFreshDist(root: string): Promise<boolean> {
  const main = join(root, 'dist', 'cli', 'main.js');
  const built = existsSync(main) ? statSync(main).mtimeMs : 0;
  if (['src', 'types', 'templates'].every((dir) => built > findNewestMtime(join(root, dir)))) return false;
  const manifest = createRequire(join(root, 'package.json')).resolve('typescript/package.json');
  const tsc = join(dirname(manifest), 'bin', 'tsc');
  process.stderr.write('dist/ is older than src/: building it (npm run build)\n');
  await runProcess(process.execPath, [tsc, '-p', 'tsconfig.build.json'], root);
  await runProcess(process.execPath, [join(root, 'scripts', 'precompile-templates.mjs')], root);
  await runProcess(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], root);
  return true;
}

export type CliResult = {
  readonly plan: string;
  readonly runs: readonly number[];
  readonly medianMs: number;
};

/**
 * A cold build from the command line, as a user runs it: `node bin/gramota.js build <plan> --out <tmp>`, wall clock
 * from spawn to exit (Node start, module loading, every document in both formats, writing), median of `runs`.
 */
export async function measureCliBuild(
  root: string,
  plan: string,
  tmp: string,
  runs: number,
): Promise<CliResult> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    process.stderr.write(`  CLI build ${plan} ${i + 1}/${runs}\n`);
    const out = mkdtempSync(join(tmp, 'cli-'));
    try {
      times.push(
        await runProcess(
          process.execPath,
          [join(root, 'bin', 'gramota.js'), 'build', plan, '--out', out],
          root,
        ),
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
  return { plan, runs: times, medianMs: median(times) };
}
