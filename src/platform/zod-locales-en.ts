// zod's message locales in the studio's and the CLI's bundles (scripts/build-web.mjs, build-cli.mjs): English only,
// which zod sets up by default. gramota words every message itself (src/plan/issues.ts), and the other fifty locales
// were a third of zod's size in a bundle.
export { default as en } from 'zod/v4/locales/en.js';
