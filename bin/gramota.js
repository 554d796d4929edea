#!/usr/bin/env node
// The gramota command: a thin shim over run(argv, io). `npm run build` (npm ci runs it) compiles src/ into dist/ and
// bundles the command into dist/cli-bundle/main.js (scripts/build-cli.mjs), which starts faster than dist/cli/ module
// by module: it is loaded with V8's code cache (src/cli/load-bundle.ts), written after the first run of each command (and set of formats).
// dist/cli/main.js serves when the bundle was not built.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

// Node ≥ 22.8 keeps the compiled code of the modules it loads itself between runs (dist/cli, the worker threads).
if (typeof module.enableCompileCache === 'function') module.enableCompileCache();

const bundle = fileURLToPath(new URL('../dist/cli-bundle/main.js', import.meta.url));
const argv = process.argv.slice(2);
let run;
let saveCache = () => undefined;
if (existsSync(bundle)) {
  const { listCacheFolders, loadBundle, toCacheVariant } = await import('../dist/cli/load-bundle.js');
  const loaded = loadBundle(bundle, listCacheFolders(dirname(bundle), process.env), toCacheVariant(argv));
  run = loaded.exports.run;
  saveCache = loaded.save;
} else ({ run } = await import('../dist/cli/main.js'));
const io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
  isTty: process.stderr.isTTY === true,
};
process.exitCode = await run(argv, io);
saveCache();
