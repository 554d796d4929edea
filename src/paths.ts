import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: this file is src/paths.ts (tsx, vitest) or dist/paths.js (compiled), one level below. */
export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const templatesDir = resolve(packageRoot, 'templates');
export const fontsDir = resolve(packageRoot, 'fonts');
/** The built-in templates compiled by `npm run build` (template/precompiled.ts). */
export const precompiledTemplatesFile = resolve(packageRoot, 'dist', 'templates.json');
