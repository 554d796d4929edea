import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { generate } from '../../src/generate.js';
import { paragraphsOf } from '../_fixtures/paragraphs.js';
import { useTempFolder } from '../_fixtures/temp.js';

/**
 * A network project end to end (data/samara-network-order.yaml): one plan, three organisations, each with its own
 * order — requisites, number, date, people — and the same roadmap, each in its folder, and one archive of all.
 */
const root = resolve(import.meta.dirname, '../..');
const name = 'samara-network-order.yaml';
const source = readFileSync(join(root, 'data', name), 'utf8');
const { fresh } = useTempFolder('network');

const organisations = [
  {
    folder: 'gbpou_chkhtt',
    college: 'Чапаевский химико-технологический техникум',
    city: 'г. Чапаевск',
    number: '№ 112-од',
    date: '15.09.2021',
    signs: 'Е.В. Первухина',
    coordinator: 'Трапезникову М.А.',
  },
  {
    folder: 'sspk',
    college: 'Самарский социально-педагогический колледж',
    city: 'г. Самара',
    number: '№ 245-о',
    date: '20.09.2021',
    signs: 'И.Н. Козлова',
    coordinator: 'Морозову О.В.',
  },
  {
    folder: 'ngtk',
    college: 'Новокуйбышевский гуманитарно-технологический колледж',
    city: 'г. Новокуйбышевск',
    number: '№ 87/1-од',
    date: '22.09.2021',
    signs: 'А.П. Денисов',
    coordinator: 'Лаптеву Н.С.',
  },
];
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\u00ad/g, '');

describe('a network project', async () => {
  const files = await generate(source, { file: name, createdAt: new Date('2021-09-01T00:00:00Z') });

  it('builds the same documents for every organisation, each in its folder', () => {
    const folders = [...new Set(files.map((f) => f.folder))];
    expect(folders).toEqual(organisations.map((o) => o.folder));
    for (const folder of folders)
      expect(files.filter((f) => f.folder === folder).map((d) => d.id)).toEqual([
        'network-order',
        'network-roadmap',
        'package',
      ]);
  });

  it.each(organisations)('gives $folder an order with its own requisites, number, date and people', (org) => {
    const order = files.find((f) => f.folder === org.folder && f.id === 'network-order')!;
    // A long centred name is broken in lines (render/balanced-lines.ts): its line breaks read as spaces here.
    const text = paragraphsOf(order.model)
      .map((p) => plain(p).replace(/\n/g, ' '))
      .join('\n');
    expect(text).toContain(org.college);
    expect(text).toContain(org.city);
    expect(text).toContain(org.date);
    expect(text).toContain(org.number);
    expect(text).toContain(org.signs);
    expect(text).toContain(org.coordinator);
    for (const other of organisations.filter((o) => o !== org)) {
      expect(text).not.toContain(other.college);
      expect(text).not.toContain(other.signs);
    }
    // The roadmap appended to the order carries the organisation's approval mark.
    expect(text).toMatch(new RegExp(`приказом[\\s\\S]*${org.date}[\\s\\S]*${org.number}`));
    const xml = strFromU8(unzipSync(order.docx!)['word/document.xml']!);
    const docx = plain(xml.replace(/<w:br\/>/g, ' ').replace(/<[^>]+>/g, ''));
    expect(docx).toContain(org.college);
    expect(docx).toContain(org.number.replace('№ ', ''));
  });

  it('writes output/<plan>/<organisation>/ and <plan>.zip with every folder, as the CLI', async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, name), source);
    const code = await run(['build', name], {
      stdout: () => {},
      stderr: () => {},
      cwd,
      env: { SOURCE_DATE_EPOCH: '1630454400' },
    });
    expect(code).toBe(0);
    const out = join(cwd, 'output', 'samara-network-order');
    expect(
      readdirSync(out)
        .filter((n) => !n.startsWith('.'))
        .sort(),
    ).toEqual(['gbpou_chkhtt', 'ngtk', 'samara-network-order.zip', 'sspk'].sort());
    const inFolder = readdirSync(join(out, 'sspk')).sort();
    expect(inFolder).toEqual(
      [
        'Dorozhnaya_karta_realizatsii_setevogo_innovatsionnogo_proekta.docx',
        'Dorozhnaya_karta_realizatsii_setevogo_innovatsionnogo_proekta.pdf',
        'O_realizatsii_setevogo_innovatsionnogo_proekta_Setevoe_vzaimodeistvie.docx',
        'O_realizatsii_setevogo_innovatsionnogo_proekta_Setevoe_vzaimodeistvie.pdf',
        'Paket_dokumentov.pdf',
      ].sort(),
    );
    const zip = unzipSync(readFileSync(join(out, 'samara-network-order.zip')));
    const entries = Object.keys(zip);
    expect(entries).toHaveLength(3 * inFolder.length);
    for (const org of organisations)
      for (const file of inFolder) {
        const entry = `samara-network-order/${org.folder}/${file}`;
        expect(entries).toContain(entry);
        expect(Buffer.from(zip[entry]!).equals(readFileSync(join(out, org.folder, file)))).toBe(true);
      }
  });

  it('keeps a file the user put into the package folder and replaces the organisation folders on a rebuild', async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, name), source);
    const io = { stdout: () => {}, stderr: () => {}, cwd, env: { SOURCE_DATE_EPOCH: '1630454400' } };
    expect(await run(['build', name, '--format', 'pdf'], io)).toBe(0);
    const out = join(cwd, 'output', 'samara-network-order');
    writeFileSync(join(out, 'заметки.txt'), 'подписано');
    expect(await run(['build', name, '--format', 'docx'], io)).toBe(0);
    expect(readFileSync(join(out, 'заметки.txt'), 'utf8')).toBe('подписано');
    expect(readdirSync(join(out, 'ngtk')).every((f) => f.endsWith('.docx'))).toBe(true);
  });
});
