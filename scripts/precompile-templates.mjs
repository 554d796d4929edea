// Part of `npm run build`, after tsc: the built-in templates compiled into dist/templates.json (src/template/precompiled.ts).
import { templatesDir } from '../dist/paths.js';
import { writePrecompiled } from '../dist/template/precompiled.js';

writePrecompiled(templatesDir);
