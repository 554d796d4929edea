#!/usr/bin/env node
// The gramota command: a thin shim over run(argv, io) compiled into dist/ by `npm run build` (npm ci runs it).
import { run } from '../dist/cli/main.js';

const io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
  isTty: process.stderr.isTTY === true,
};
process.exitCode = await run(process.argv.slice(2), io);
