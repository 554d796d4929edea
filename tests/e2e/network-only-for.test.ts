import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { paragraphsOf } from '../_fixtures/paragraphs.js';
import { networkOnlyFor as source } from '../_fixtures/plans.js';
import { runCaptured } from '../_fixtures/run-captured.js';
import { useTempFolder } from '../_fixtures/temp.js';

/**
 * A network project whose documents are not all for every organisation (tests/_fixtures/plans.ts, networkOnlyFor):
 * the kindergarten's passport is only the kindergarten's, the order on joining the network only the schools'.
 */
const { fresh } = useTempFolder('network-only-for');
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\u00ad/g, '');
const kindergarten = 'mbdou_detskii_sad_47_solnishko';

describe('documents only some organisations of a network project get (only_for)', async () => {
  const files = await generate(source, { file: 'plan.yaml', createdAt: new Date('2025-09-01T00:00:00Z') });
  const ids = (folder: string) => files.filter((f) => f.folder === folder).map((f) => f.id);
  const textOf = (folder: string, id: string) =>
    paragraphsOf(files.find((f) => f.folder === folder && f.id === id)!.model)
      .map(plain)
      .join('\n');

  it('builds each organisation’s package with the documents it gets', () => {
    expect(ids(kindergarten)).toEqual([
      'network-order',
      'network-roadmap',
      'passport',
      'regulation',
      'package',
    ]);
    for (const school of ['school91', 'school5'])
      expect(ids(school)).toEqual([
        'network-order',
        'network-roadmap',
        'regulation',
        'joining-order',
        'package',
      ]);
  });

  it('numbers a school’s appendices without the passport and prints its own order with its requisites', () => {
    const order = textOf('school91', 'network-order');
    expect(order).toContain('Утвердить Положение о сетевом взаимодействии (приложение 2).');
    expect(order).not.toMatch(/паспорт/i);
    expect(textOf(kindergarten, 'network-order')).toContain(
      'Утвердить Положение о сетевом взаимодействии (приложение 3).',
    );
    const joining = textOf('school91', 'joining-order');
    expect(joining).toContain('Школа № 91');
    expect(joining).toContain('№ 41-о');
    expect(joining).toContain('заместителя директора Орлову А.В.');
    expect(joining).toContain('С.И. Белая');
    expect(textOf('school5', 'joining-order')).toContain('П.А. Ершов');
  });

  it('gramota build writes the joining order in the schools’ folders only, the passport in the kindergarten’s', async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, 'plan.yaml'), source);
    const { code, err } = await runCaptured(cwd, ['build', 'plan.yaml', '--format', 'pdf'], {
      SOURCE_DATE_EPOCH: '1756684800',
    });
    expect([code, err]).toEqual([0, '']);
    const out = join(cwd, 'output', 'plan');
    const own = readdirSync(join(out, kindergarten));
    expect(own).toContain('Pasport_proekta.pdf');
    expect(own).not.toContain('O_vstuplenii_v_setevoi_proekt.pdf');
    for (const school of ['school91', 'school5']) {
      const theirs = readdirSync(join(out, school));
      expect(theirs).toContain('O_vstuplenii_v_setevoi_proekt.pdf');
      expect(theirs).not.toContain('Pasport_proekta.pdf');
    }
  });
});
