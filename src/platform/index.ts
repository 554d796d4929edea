// The platform gramota runs on. The studio's bundle (scripts/build-web.mjs) puts browser.ts in place of node.ts.
export { platform } from './node.js';
export type { LibraryModule, Platform } from './types.js';
