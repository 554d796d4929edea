#!/usr/bin/env node
// The gramota command: a thin shim over run(argv, io). `npm run build` (npm ci runs it) compiles src/ into dist/ and
// bundles the command into dist/cli-bundle/main.js (scripts/build-cli.mjs), which starts faster than dist/cli/ module
// by module: it is loaded with V8's code cache (src/cli/load-bundle.ts, bundled as dist/cli-bundle/load-bundle.js),
// written after the first run of each command (and set of formats). dist/cli/main.js serves when the bundle was not
// built. This file is CommonJS (bin/package.json): an ES module entry point makes Node 20 set up its ES module loader,
// ~15 ms of every start that the bundle never needs.
const { existsSync } = require('node:fs');
const module_ = require('node:module');
const { join } = require('node:path');

// Node ≥ 22.8 keeps the compiled code of the modules it loads itself between runs (dist/cli, the worker threads).
if (typeof module_.enableCompileCache === 'function') module_.enableCompileCache();

const folder = join(__dirname, '..', 'dist', 'cli-bundle');
const bundle = join(folder, 'main.js');
const argv = process.argv.slice(2);
const io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
  isTty: process.stderr.isTTY === true,
};

async function main() {
  if (existsSync(bundle) && existsSync(join(folder, 'load-bundle.js'))) {
    const { listCacheFolders, loadBundle, toCacheVariant } = require(join(folder, 'load-bundle.js'));
    const loaded = loadBundle(bundle, listCacheFolders(folder, process.env), toCacheVariant(argv));
    process.exitCode = await loaded.exports.run(argv, io);
    loaded.save();
  } else {
    const { run } = await import('../dist/cli/main.js');
    process.exitCode = await run(argv, io);
  }
}

main();
