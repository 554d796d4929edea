import { readFileSync } from 'node:fs';
import { packageRoot } from './paths.js';

let cached: string | undefined;

/** gramota's version, from its package.json (read once). */
export function readVersion(): string {
  cached ??= (JSON.parse(readFileSync(`${packageRoot}/package.json`, 'utf8')) as { version: string }).version;
  return cached;
}
