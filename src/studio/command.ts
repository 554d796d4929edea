import { dirname, resolve } from 'node:path';
import { readCreationTime } from '../cli/creation-time.js';
import type { Io } from '../cli/main.js';
import { readPlan, toShownPath } from '../cli/plans.js';
import { formatProblem, UserError } from '../errors.js';
import { studioText } from '../messages.js';
import { packageRoot } from '../paths.js';
import { platform } from '../platform/index.js';
import { openBrowser } from './open-browser.js';
import { findSite, type StudioOptions, type StudioServer, startStudioServer } from './server.js';
import { isSiteFromOtherSources, readCommandSourceId } from './site-source.js';

export type StudioCommand = {
  readonly name: 'studio';
  readonly plan?: string | undefined;
  readonly port?: number | undefined;
  readonly open: boolean;
};

/** The port tried first when none is given; the next few are tried when it is taken. */
const defaultPort = 8080;

/**
 * `gramota studio [plan.yaml] [--port N] [--no-open]`: serves the studio on this machine and opens it in the browser;
 * with a plan, the page edits that file. Runs until `stop` resolves (Ctrl+C). A page built from other sources than
 * the command (`commandId`, site-source.ts) is not served: it would check plans by other rules than the command.
 */
export async function runStudio(
  command: StudioCommand,
  io: Io,
  stop: Promise<void>,
  site = findSite(packageRoot),
  commandId = readCommandSourceId(packageRoot),
): Promise<number> {
  if (!platform.isFile(resolve(site, 'index.html'))) {
    io.stderr(`gramota: ${studioText.siteMissing(toShownPath(site, io.cwd))}\n`);
    return 1;
  }
  if (isSiteFromOtherSources(site, commandId)) {
    io.stderr(`gramota: ${studioText.siteFromOtherSources(toShownPath(site, io.cwd))}\n`);
    return 1;
  }
  const plan = command.plan === undefined ? undefined : resolve(io.cwd, command.plan);
  const refused = plan === undefined ? undefined : checkPlan(plan, io.cwd);
  if (refused !== undefined) {
    io.stderr(`${refused}\n`);
    return 1;
  }
  const createdAt = readCreationTime(io.env);
  if (createdAt !== undefined && !(createdAt instanceof Date)) {
    io.stderr(`gramota: ${createdAt.usage}\n`);
    return 2;
  }
  const server = await listen({ site, plan, createdAt }, command.port);
  if (typeof server === 'string') {
    io.stderr(`gramota: ${server}\n`);
    return 1;
  }
  io.stdout(`${studioText.serving(server.url)}\n`);
  if (plan !== undefined) {
    const shown = toShownPath(plan, io.cwd);
    io.stdout(`${platform.isFile(plan) ? studioText.editing(shown) : studioText.creating(shown)}\n`);
  }
  if (command.open) openBrowser(server.url);
  await stop;
  await server.close();
  return 0;
}

/**
 * Why the studio cannot edit this plan file, as the CLI says it; none when it can. A file not there yet is a new
 * plan (the page starts it from a starter and its first change creates the file): its folder must exist, and its
 * name end in .yaml or .yml, as plans do.
 */
function checkPlan(plan: string, cwd: string): string | undefined {
  const shown = toShownPath(plan, cwd);
  if (!platform.isFile(plan) && !platform.isFolder(plan)) {
    if (!platform.isFolder(dirname(plan))) return `gramota: ${studioText.newPlanFolderMissing(shown)}`;
    return /\.ya?ml$/i.test(plan) ? undefined : `gramota: ${studioText.newPlanExtension(shown)}`;
  }
  try {
    readPlan(plan, cwd);
    return undefined;
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return e.problems.map(formatProblem).join('\n');
  }
}

/** Resolves on Ctrl+C (or a termination signal): the studio then stops serving and the command ends. */
export function untilInterrupted(): Promise<void> {
  return new Promise((done) => {
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
}

/** The server on the given port, or on the first free one from the default; the message when the port is taken. */
async function listen(
  options: Omit<StudioOptions, 'port'>,
  port: number | undefined,
): Promise<StudioServer | string> {
  const ports = port === undefined ? Array.from({ length: 10 }, (_, i) => defaultPort + i) : [port];
  for (const candidate of ports) {
    try {
      return await startStudioServer({ ...options, port: candidate });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EADDRINUSE') return studioText.portUnavailable(candidate, code ?? String(e));
    }
  }
  return studioText.portBusy(ports[0]!);
}
