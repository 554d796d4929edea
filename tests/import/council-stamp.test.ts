import { describe, expect, it } from 'vitest';
import { readCouncil, readProtocol } from '../../src/import/recognise/council-stamp.js';
import { importGenerated, writeParagraph, writeTable } from './_generated-docx.js';

const roadmap = () =>
  writeTable([
    ['№ п/п', 'Мероприятие', 'Сроки', 'Ответственный'],
    ['1.', 'Заседание службы медиации', 'сентябрь 2024 г.', 'Ложкина В.В.'],
  ]);

describe('import of a council stamp', () => {
  it('reads «СОГЛАСОВАНО / Управляющим советом / (протокол от … № …)» as a council, not a signer', async () => {
    const { plan, text } = await importGenerated([
      writeTable(
        [
          [
            ['СОГЛАСОВАНО', 'Управляющим советом', '(протокол от 30.08.2024 № 1)'],
            ['УТВЕРЖДАЮ', 'Директор МАОУ «Гимназия № 4»', '________ А.А. Смирнов', '02.09.2024'],
          ],
        ],
        true,
      ),
      writeParagraph('План работы школьной службы медиации'),
      roadmap(),
    ]);
    expect(plan.documents[0]).toMatchObject({
      agreement: { council: 'Управляющего совета', protocol: { date: '2024-08-30', number: '1' } },
    });
    expect(text.join('\n')).toContain('(протокол от 30.08.2024 № 1)');
  });

  it('reads «протокол № 1 от 29.08.2024», and «приказом директора» names no organization', async () => {
    const { plan, text } = await importGenerated([
      writeTable(
        [
          [
            ['ПРИНЯТО', 'на заседании педагогического совета', 'протокол № 1 от 29.08.2024'],
            ['УТВЕРЖДЕНО', 'приказом директора', 'от 30.08.2024 № 115-од'],
          ],
        ],
        true,
      ),
      writeParagraph('План работы школьной службы медиации'),
      roadmap(),
    ]);
    expect(plan.documents[0]).toMatchObject({
      agreement: {
        word: 'ПРИНЯТО',
        council: 'педагогического совета',
        protocol: { date: '2024-08-29', number: '1' },
      },
    });
    expect(plan.organization.short_name).toBeUndefined();
    expect(plan.organization.name).not.toBe('директора');
    expect(text.join('\n')).toContain('(протокол от 29.08.2024 № 1)');
  });

  it('turns a council in the instrumental to the genitive the plan takes', () => {
    expect(readCouncil('Управляющим советом')).toBe('Управляющего совета');
    expect(readCouncil('педагогическим советом')).toBe('педагогического совета');
    expect(readCouncil('Советом обучающихся')).toBe('Совета обучающихся');
    expect(readCouncil('общим собранием работников')).toBe('общего собрания работников');
    expect(readCouncil('Директор гимназии')).toBeUndefined();
    expect(readProtocol('(протокол от 30.08.2024 № 1)')).toEqual({ date: '30.08.2024', number: '1' });
    expect(readProtocol('протокол № 1 от 29.08.2024')).toEqual({ date: '29.08.2024', number: '1' });
  });
});
