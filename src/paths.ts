import { resolve } from 'node:path';
import { platform } from './platform/index.js';

/** The package root (the platform's: the folder above src/ or dist/ in Node, a fixed path in the studio). */
export const packageRoot = platform.root;
export const templatesDir = resolve(packageRoot, 'templates');
export const fontsDir = resolve(packageRoot, 'fonts');
/** The built-in templates compiled by `npm run build` (template/precompiled.ts). */
export const precompiledTemplatesFile = resolve(packageRoot, 'dist', 'templates.json');
