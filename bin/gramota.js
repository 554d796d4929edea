#!/usr/bin/env node
// The gramota command: a thin shim over run(argv, io). `npm run build` (npm ci runs it) compiles src/ into dist/ and
// bundles the command into dist/cli-bundle/ (scripts/build-cli.mjs), which starts faster than dist/cli/ module by
// module; dist/cli/main.js serves when the bundle was not built.
import module from 'node:module';

// Node ≥ 22.8 keeps the compiled code between runs (a cold start then skips most compiling); Node 20 has no cache.
if (typeof module.enableCompileCache === 'function') module.enableCompileCache();

const { run } = await import('../dist/cli-bundle/main.js').catch((e) => {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('cli-bundle')) throw e;
  return import('../dist/cli/main.js');
});
const io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
  isTty: process.stderr.isTTY === true,
};
process.exitCode = await run(process.argv.slice(2), io);
