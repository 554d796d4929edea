// The CLI from source, for tests that need a real process (spawned with `node --import tsx`).
import { run } from '../../src/cli/main.js';

process.exitCode = await run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
});
