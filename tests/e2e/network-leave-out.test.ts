import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { generate } from '../../src/generate.js';
import { paragraphsOf } from '../_fixtures/paragraphs.js';
import { useTempFolder } from '../_fixtures/temp.js';

/**
 * A network project where a partner leaves a document out (tests/golden/network-leave-out/plan.yaml): the
 * kindergarten's passport names the kindergarten, so the school's folder, package and order go without it.
 */
const root = resolve(import.meta.dirname, '../..');
const name = 'plan.yaml';
const source = readFileSync(join(root, 'tests', 'golden', 'network-leave-out', name), 'utf8');
const { fresh } = useTempFolder('network-leave-out');
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\u00ad/g, '');
const kindergarten = 'mbdou_detskii_sad_47_solnishko';

describe('a network partner that leaves a document out', async () => {
  const files = await generate(source, { file: name, createdAt: new Date('2025-09-01T00:00:00Z') });
  const of = (folder: string, id: string) => files.find((f) => f.folder === folder && f.id === id)!;
  const textOf = (folder: string, id: string) => paragraphsOf(of(folder, id).model).map(plain).join('\n');

  it('gets every document but the left-out one; the plan’s own organisation gets them all', () => {
    const ids = (folder: string) => files.filter((f) => f.folder === folder).map((f) => f.id);
    expect(ids(kindergarten)).toEqual([
      'network-order',
      'network-roadmap',
      'passport',
      'regulation',
      'package',
    ]);
    expect(ids('school91')).toEqual(['network-order', 'network-roadmap', 'regulation', 'package']);
  });

  it('numbers the partner’s appendices without it and does not print the clause approving it', () => {
    const order = textOf('school91', 'network-order');
    expect(order).toContain('Утвердить дорожную карту сетевого проекта (приложение 1).');
    expect(order).toContain('Утвердить Положение о сетевом взаимодействии (приложение 2).');
    expect(order).not.toMatch(/паспорт/i);
    expect(order).toMatch(/Приложение 2\s+к приказу МБОУ «Школа № 91»/);
    expect(order).not.toContain('Приложение 3');
    const own = textOf(kindergarten, 'network-order');
    expect(own).toContain('Утвердить паспорт проекта (приложение 2).');
    expect(own).toContain('Утвердить Положение о сетевом взаимодействии (приложение 3).');
  });

  it('leaves it out of the partner’s package: its bookmarks are the documents it gets', () => {
    const titles = (folder: string) =>
      of(folder, 'package').model.sections.flatMap((s) => (s.title === undefined ? [] : [s.title]));
    expect(titles('school91')).toEqual([
      'О реализации сетевого проекта',
      'Дорожная карта сетевого проекта',
      'Положение о сетевом взаимодействии',
    ]);
    expect(titles(kindergarten)).toContain('Паспорт проекта');
    expect(paragraphsOf(of('school91', 'package').model).map(plain).join('\n')).not.toContain('детский сад');
  });

  it('writes the partner’s folder without the document, and --only builds it for those that get it', async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, name), source);
    const io = { stdout: () => {}, stderr: () => {}, cwd, env: { SOURCE_DATE_EPOCH: '1756684800' } };
    expect(await run(['build', name, '--format', 'pdf'], io)).toBe(0);
    const out = join(cwd, 'output', 'plan');
    expect(readdirSync(join(out, 'school91')).sort()).toEqual([
      'Dorozhnaya_karta_setevogo_proekta.pdf',
      'O_realizatsii_setevogo_proekta.pdf',
      'Paket_dokumentov.pdf',
      'Polozhenie_o_setevom_vzaimodeistvii.pdf',
    ]);
    expect(readdirSync(join(out, kindergarten))).toContain('Pasport_proekta.pdf');
    const only = join(cwd, 'only');
    expect(await run(['build', name, '--format', 'pdf', '--only', 'passport', '-o', only], io)).toBe(0);
    expect(readdirSync(join(only, 'plan')).filter((n) => !n.startsWith('.'))).toEqual(
      expect.not.arrayContaining(['school91']),
    );
    expect(readdirSync(join(only, 'plan', kindergarten))).toEqual(['Pasport_proekta.pdf']);
  });
});
