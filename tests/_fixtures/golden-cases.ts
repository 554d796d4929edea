import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const goldenDir = join(root, 'tests', 'golden');

/** The golden cases: every plan in data/ and every tests/golden/<case>/plan.yaml. */
export const goldenCases: readonly { readonly name: string; readonly plan: string }[] = [
  ...readdirSync(join(root, 'data'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ name: basename(f, '.yaml'), plan: join(root, 'data', f) })),
  ...readdirSync(goldenDir)
    .filter((d) => existsSync(join(goldenDir, d, 'plan.yaml')))
    .map((d) => ({ name: d, plan: join(goldenDir, d, 'plan.yaml') })),
];
