import packageJson from '../package.json' with { type: 'json' };

/** gramota's version, from its package.json (bundled into the studio's site as well). */
export function readVersion(): string {
  return packageJson.version;
}
