import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { formatProblem } from '../errors.js';
import { writeFileAtomically } from '../output/write.js';
import { buildOnServer } from './build-on-server.js';

/** `gramota studio`'s server: the site in dist/web on 127.0.0.1, and the plan file it edits, if any. */
export type StudioServer = { readonly url: string; readonly close: () => Promise<void> };

export type StudioOptions = {
  /** The built site (dist/web). */
  readonly site: string;
  readonly port: number;
  /** The plan file the page edits: served at ./plan, saved atomically by PUT ./plan, built by POST ./build. */
  readonly plan?: string | undefined;
  /** The creation time written into built files (SOURCE_DATE_EPOCH), as the CLI takes it. */
  readonly createdAt?: Date | undefined;
};

const types: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.yaml': 'text/yaml; charset=utf-8',
  '.hbs': 'text/plain; charset=utf-8',
  '.ttf': 'font/ttf',
  '.afm': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A plan larger than this is not a plan (the CLI refuses it too). */
const maxPlanBytes = 10 * 1024 * 1024;

export function startStudioServer(options: StudioOptions): Promise<StudioServer> {
  const site = resolve(options.site);
  const server = createServer((request, response) => {
    const host = `127.0.0.1:${(server.address() as { port: number }).port}`;
    const path = decodePath(new URL(request.url ?? '/', `http://${host}`).pathname);
    const origin = request.headers.origin;
    // Only this machine's pages: another site's page must not read or overwrite the plan (DNS rebinding, CSRF).
    if (request.headers.host !== host || (origin !== undefined && origin !== `http://${host}`)) {
      send(response, 403, 'text/plain; charset=utf-8', 'forbidden');
    } else if (path === undefined) {
      send(response, 400, 'text/plain', 'bad path');
    } else if (path === '/plan' && options.plan !== undefined) {
      servePlan(options.plan, request, response);
    } else if (path === '/build' && options.plan !== undefined && request.method === 'POST') {
      void answerBuild(options.plan, options.createdAt, request, response);
    } else if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'text/plain', 'method');
    } else if (path === '/' || path === '/index.html') {
      serveIndex(site, options.plan !== undefined, response);
    } else {
      serveFile(site, path, response);
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      done({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}

function serveFile(site: string, path: string, response: ServerResponse): void {
  const file = resolve(site, `.${path}`);
  const rel = relative(site, file);
  let bytes: Buffer | undefined;
  try {
    bytes = rel.startsWith('..') || rel.startsWith(sep) ? undefined : readFileSync(file);
  } catch {
    bytes = undefined;
  }
  if (bytes === undefined) send(response, 404, 'text/plain', 'not found');
  else send(response, 200, types[extname(file)] ?? 'application/octet-stream', bytes);
}

/** A request's path with its escapes decoded; none when they are malformed (`%E0%A4`). */
function decodePath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/** The page; with a plan, marked so that it loads ./plan (a site on any other host has none to ask for). */
function serveIndex(site: string, withPlan: boolean, response: ServerResponse): void {
  const html = readFileSync(join(site, 'index.html'), 'utf8');
  const marked = withPlan
    ? html.replace('<head>', '<head>\n    <meta name="gramota-plan" content="plan" />')
    : html;
  send(response, 200, types['.html']!, marked);
}

function servePlan(plan: string, request: IncomingMessage, response: ServerResponse): void {
  if (request.method === 'GET') {
    // Its name for the page to show, and its whole path for the page to tell two plan.yaml files apart.
    const headers = {
      'x-plan-file': encodeURIComponent(basename(plan)),
      'x-plan-path': encodeURIComponent(resolve(plan)),
    };
    let text: Buffer;
    try {
      text = readFileSync(plan);
    } catch (e) {
      // Not there yet (`gramota studio new.yaml`), or deleted since: no content, and the page starts from a starter
      // plan, which its first change saves into a new file. Unreadable for another reason: the page keeps its draft.
      if ((e as NodeJS.ErrnoException).code === 'ENOENT')
        send(response, 204, 'text/plain', '', { ...headers, 'x-plan-missing': '1' });
      else send(response, 404, 'text/plain; charset=utf-8', (e as Error).message);
      return;
    }
    send(response, 200, 'text/yaml; charset=utf-8', text, headers);
  } else if (request.method === 'PUT') {
    receivePlan(plan, request, response);
  } else {
    send(response, 405, 'text/plain', 'method');
  }
}

/** PUT ./plan: the new text, written atomically as the CLI writes its outputs. */
function receivePlan(plan: string, request: IncomingMessage, response: ServerResponse): void {
  void readBody(request).then((body) => {
    if (body === undefined) {
      send(response, 413, 'text/plain; charset=utf-8', 'too large');
      return;
    }
    const written = writeFileAtomically(plan, Buffer.from(body, 'utf8'));
    if (typeof written === 'string') send(response, 204, 'text/plain', '');
    else send(response, 500, 'text/plain; charset=utf-8', formatProblem(written));
  });
}

/** POST ./build: the plan text built as the CLI builds it; a failure of gramota itself answers 500 with its text. */
async function answerBuild(
  plan: string,
  createdAt: Date | undefined,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const source = await readBody(request);
  if (source === undefined) {
    send(response, 413, 'text/plain', 'too large');
    return;
  }
  try {
    send(response, 200, types['.json']!, await buildOnServer(source, plan, createdAt));
  } catch (e) {
    send(response, 500, 'text/plain; charset=utf-8', e instanceof Error ? (e.stack ?? e.message) : String(e));
  }
}

/** A request's body as text; none when it is larger than a plan can be. */
function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((done) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxPlanBytes) chunks.push(chunk);
    });
    request.on('end', () => done(size > maxPlanBytes ? undefined : Buffer.concat(chunks).toString('utf8')));
  });
}

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Uint8Array,
  headers: Readonly<Record<string, string>> = {},
): void {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  response.end(status === 204 ? undefined : body);
}

/** The built site beside the compiled code: dist/web. */
export function findSite(packageRoot: string): string {
  return join(packageRoot, 'dist', 'web');
}
