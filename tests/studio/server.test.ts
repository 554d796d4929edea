import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type StudioServer, startStudioServer } from '../../src/studio/server.js';

let dir: string;
let server: StudioServer | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gramota-server-'));
  mkdirSync(join(dir, 'web', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'web', 'index.html'), '<html><head><title>t</title></head></html>');
  writeFileSync(join(dir, 'web', 'assets', 'a.json'), '{}');
  writeFileSync(join(dir, 'secret.txt'), 'secret');
  writeFileSync(join(dir, 'plan.yaml'), 'organization: {}\n');
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** A raw HTTP request, so that the Host header can be set as another site's page would. */
function send(
  path: string,
  options: { method?: string; body?: string; host?: string; origin?: string } = {},
) {
  const url = new URL(path, server!.url);
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((done, fail) => {
    const req = request(
      url,
      {
        method: options.method ?? 'GET',
        headers: {
          ...(options.host && { host: options.host }),
          ...(options.origin && { origin: options.origin }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          done({
            status: res.statusCode!,
            body: Buffer.concat(chunks).toString('utf8'),
            headers: res.headers,
          }),
        );
      },
    );
    req.on('error', fail);
    req.end(options.body);
  });
}

describe('the studio server', () => {
  it('serves the site on 127.0.0.1, and nothing outside it', async () => {
    server = await startStudioServer({ site: join(dir, 'web'), port: 0 });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await send('/');
    expect(index.status).toBe(200);
    expect(index.body).not.toContain('gramota-plan');
    expect((await send('/assets/a.json')).headers['content-type']).toBe('application/json');
    expect((await send('/../secret.txt')).status).toBe(404);
    expect((await send('/%2e%2e/secret.txt')).status).toBe(404);
    expect((await send('/plan')).status).toBe(404);
    expect((await send('/%E0%A4%A')).status).toBe(400);
    expect((await send('/')).status).toBe(200); // still serving
  });

  it('refuses pages of other sites (another Host or Origin)', async () => {
    server = await startStudioServer({ site: join(dir, 'web'), port: 0, plan: join(dir, 'plan.yaml') });
    expect((await send('/plan', { host: 'evil.example:80' })).status).toBe(403);
    const put = await send('/plan', { method: 'PUT', body: 'x', origin: 'http://evil.example' });
    expect(put.status).toBe(403);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe('organization: {}\n');
  });

  it('serves the plan it edits and saves it atomically, leaving no temporary file', async () => {
    server = await startStudioServer({ site: join(dir, 'web'), port: 0, plan: join(dir, 'plan.yaml') });
    expect((await send('/')).body).toContain('<meta name="gramota-plan" content="plan" />');
    const plan = await send('/plan');
    expect(plan.body).toBe('organization: {}\n');
    expect(plan.headers['x-plan-file']).toBe('plan.yaml');
    expect(decodeURIComponent(String(plan.headers['x-plan-path']))).toBe(join(dir, 'plan.yaml'));
    expect((await send('/plan', { method: 'PUT', body: 'organization:\n  name: Школа\n' })).status).toBe(204);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe('organization:\n  name: Школа\n');
    expect(readdirSync(dir).sort()).toEqual(['plan.yaml', 'secret.txt', 'web']);
  });

  it('answers a plan file not there yet with no content, and creates it at the first save', async () => {
    const plan = join(dir, 'new.yaml');
    server = await startStudioServer({ site: join(dir, 'web'), port: 0, plan });
    const missing = await send('/plan');
    expect(missing.status).toBe(204);
    expect(missing.headers['x-plan-missing']).toBe('1');
    expect(missing.headers['x-plan-file']).toBe('new.yaml');
    expect((await send('/plan', { method: 'PUT', body: 'organization: {}\n' })).status).toBe(204);
    expect(readFileSync(plan, 'utf8')).toBe('organization: {}\n');
    expect((await send('/plan')).headers['x-plan-missing']).toBeUndefined();
  });

  it('builds a plan text as the CLI does and answers its problems in Russian, at their lines', async () => {
    server = await startStudioServer({ site: join(dir, 'web'), port: 0, plan: join(dir, 'plan.yaml') });
    const answer = await send('/build', { method: 'POST', body: 'documents: []\n' });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({
      id: 0,
      kind: 'problems',
      problems: [
        {
          code: 'plan-invalid',
          file: 'plan.yaml',
          line: 1,
          column: 1,
          message: 'не заполнено обязательное поле «organization»',
        },
        {
          code: 'plan-invalid',
          file: 'plan.yaml',
          line: 1,
          column: 12,
          message: 'в плане нет документов: добавьте их списком documents (- type: roadmap, …)',
        },
      ],
    });
  });
});
