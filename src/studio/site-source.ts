import { join } from 'node:path';
import { platform } from '../platform/index.js';

/** scripts/source-id.mjs's file: the id of the sources a build was made of. */
const sourceIdFile = 'source-id';

/** The id of the sources a build's folder was made of; none for a folder built before builds wrote one. */
export function readSourceId(folder: string): string | undefined {
  const path = join(folder, sourceIdFile);
  return platform.isFile(path) ? platform.readText(path).trim() : undefined;
}

/** The id of the command's own build: its bundle's (bin/gramota.js runs it); none when it was not built so. */
export function readCommandSourceId(packageRoot: string): string | undefined {
  return readSourceId(join(packageRoot, 'dist', 'cli-bundle'));
}

/**
 * Whether the studio's page was built from other sources than the command that serves it: its id differs from the
 * command's, or it has none (built before ids were written). Never when the command has no id to compare.
 */
export function isSiteFromOtherSources(site: string, commandId: string | undefined): boolean {
  return commandId !== undefined && readSourceId(site) !== commandId;
}
