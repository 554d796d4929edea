// npm run font-metrics: writes src/font-metrics-data.ts from the committed fonts (after a font changes; a test fails
// until it is run again). Then `npm run format` lays the numbers out.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readFontMetrics } from '../src/font-metrics.js';
import { openFace } from '../src/fonts.js';
import { packageRoot } from '../src/paths.js';

const metrics = readFontMetrics(openFace(false), openFace(true));
const source = `// Written by scripts/write-font-metrics.ts (npm run font-metrics) from fonts/LiberationSerif-{Regular,Bold}.ttf;
// tests/font-metrics.test.ts proves it equals what fontkit reads from them. Do not edit.
import type { FontMetrics } from './font-metrics.js';

export const fontMetrics: FontMetrics = ${JSON.stringify(metrics, null, 2)};
`;
writeFileSync(resolve(packageRoot, 'src', 'font-metrics-data.ts'), source);
