import { describe, expect, it } from 'vitest';
import { buildModels } from '../../../src/generate.js';
import type { Block } from '../../../src/model/schema.js';
import { parsePlan } from '../../../src/plan/parse-plan.js';
import { paragraphsOf } from '../../_fixtures/paragraphs.js';
import { orderPackage } from '../../_fixtures/plans.js';
import { problemsOf } from '../../_fixtures/problems.js';

/** The order of the fixture package with `extra` keys added after `control:`. */
function withKeys(extra: string): string {
  return orderPackage.replace('    control: spiridonova\n', `    control: spiridonova\n${extra}`);
}

function orderBlocks(source: string): Block[] {
  const built = buildModels(parsePlan(source, 'plan.yaml'), { createdAt: new Date(0) });
  return built[0]!.model.sections[0]!.children;
}

const electronic = `    signature:
      electronic:
        certificate: 01d7a3f2c4b5e6a7b8c9d0e1f2a3b4c5
        valid_from: 01.09.2020
        valid_to: 01.09.2021
`;

describe('order visas', () => {
  it('puts a visa per person under the signature: position, signature line, «И.О. Фамилия», the date or a blank', () => {
    const blocks = orderBlocks(withKeys('    visas: [bushina, { by: spiridonova, date: 30.09.2020 }]\n'));
    const texts = paragraphsOf(blocks);
    const signature = texts.indexOf('Директор\tГ.В.\u00A0Алейкина');
    const heading = texts.indexOf('Согласовано:');
    expect(heading).toBeGreaterThan(signature);
    expect(texts.indexOf('С\u00A0приказом ознакомлены:')).toBeGreaterThan(heading);
    const table = blocks.find((b) => b.type === 'table' && paragraphsOf(b).includes('Методист'));
    expect(table?.type === 'table' && table.borders).toBe('none');
    const rows =
      table?.type === 'table' ? table.rows.map((row) => row.cells.map((c) => paragraphsOf(c))) : [];
    expect(rows).toEqual([
      [['Методист'], ['____________'], ['М.Б.\u00A0Бушина', '____.____.20___']],
      [
        ['Заместитель директора по\u00A0учебно-методической работе'],
        ['____________'],
        ['А.В.\u00A0Спиридонова', '30.09.2020'],
      ],
    ]);
  });

  it('takes a person written by name, and free text «Должность И.О. Фамилия»', () => {
    const texts = paragraphsOf(orderBlocks(withKeys('    visas: [Бушина М.Б., Юрисконсульт И.И. Иванов]\n')));
    expect(texts).toContain('М.Б.\u00A0Бушина');
    expect(texts).toContain('Юрисконсульт');
    expect(texts).toContain('И.И.\u00A0Иванов');
  });

  it('has no visa block without visas', () => {
    expect(paragraphsOf(orderBlocks(orderPackage))).not.toContain('Согласовано:');
  });

  it('rejects an unknown person, a visa twice, a visa dated after the order, a wrong form — at the YAML line', () => {
    expect(problemsOf(withKeys('    visas: [bushna]\n'))).toEqual([
      '28:13: нет человека с ключом «bushna» в people. Если это новый человек, добавьте его в people, вписав его имя и должность: bushna: { name: Фамилия Имя Отчество, position: Должность }; если он там уже есть, ключ написан с опечаткой: возможно, имелось в виду «bushina»',
    ]);
    expect(problemsOf(withKeys('    visas: [bushina, Бушина М.Б.]\n'))).toEqual([
      '28:22: «Бушина М.Б.» визирует приказ дважды; оставьте одну визу',
    ]);
    expect(problemsOf(withKeys('    visas: [{ by: bushina, date: 02.10.2020 }]\n'))).toEqual([
      '28:34: виза датирована 02.10.2020 — позже приказа (01.10.2020): проект визируют до подписания',
    ]);
    expect(problemsOf(withKeys('    visas: [{ person: bushina }]\n'))).toEqual([
      '28:13: не заполнено обязательное поле «by»',
      // `person` is a key of an order's clause: not a visa's (it has `by`).
      '28:15: ключ «person» здесь не используется: он бывает в другом месте плана или у документов другого типа — проверьте отступ (не сдвинут ли ключ на уровень) и то, у чего он написан',
    ]);
    expect(problemsOf(withKeys('    visas: [Кураторы групп]\n'))).toEqual([
      '28:13: виза — это подпись человека: напишите ключ из people, имя, как в people, или «Должность И.О. Фамилия», а не «Кураторы групп»',
    ]);
  });
});

describe('order signed electronically', () => {
  it('prints the framed mark in the place of the signature line, between the position and the name', () => {
    const blocks = orderBlocks(withKeys(electronic));
    const texts = paragraphsOf(blocks);
    expect(texts).not.toContain('Директор\tГ.В.\u00A0Алейкина');
    const row = blocks
      .flatMap((b) => (b.type === 'table' ? b.rows : []))
      .find((r) => r.cells.length === 3 && paragraphsOf(r).includes('Директор'));
    expect(row).toBeDefined();
    const [position, frame, name] = row!.cells;
    expect(paragraphsOf(position)).toEqual(['Директор']);
    expect(paragraphsOf(name)).toEqual(['Г.В.\u00A0Алейкина']);
    const inner = frame!.children[0]!;
    expect(inner.type === 'table' && inner.borders).toBe('grid');
    expect(paragraphsOf(inner)).toEqual([
      'ДОКУМЕНТ ПОДПИСАН\nЭЛЕКТРОННОЙ ПОДПИСЬЮ',
      'Сертификат: 01D7A3F2C4B5E6A7B8C9D0E1F2A3B4C5',
      'Владелец: Алейкина Галина Викторовна',
      'Действителен с\u00A001.09.2020 по\u00A001.09.2021',
    ]);
  });

  it('names the owner the plan gives, and the signer by default', () => {
    const owned = withKeys(
      electronic.replace('        valid_from', '        owner: spiridonova\n        valid_from'),
    );
    expect(paragraphsOf(orderBlocks(owned))).toContain('Владелец: Спиридонова Анна Владимировна');
  });

  it('rejects reversed dates, a document dated outside the certificate, a bad number, an unknown owner', () => {
    expect(problemsOf(withKeys(electronic.replace('valid_to: 01.09.2021', 'valid_to: 01.09.2019')))).toEqual([
      '32:19: сертификат действителен «по» 01.09.2019 — раньше, чем «с» 01.09.2020; проверьте valid_from и valid_to',
    ]);
    expect(
      problemsOf(withKeys(electronic.replace('valid_from: 01.09.2020', 'valid_from: 02.10.2020'))),
    ).toEqual([
      '31:21: приказ датирован 01.10.2020, а сертификат электронной подписи действителен с 02.10.2020 по 01.09.2021: подписать им нельзя',
    ]);
    expect(problemsOf(withKeys(electronic.replace('valid_to: 01.09.2021', 'valid_to: 31.02.2021')))).toEqual([
      '32:19: даты «31.02.2021» нет в календаре',
    ]);
    expect(
      problemsOf(withKeys(electronic.replace('01d7a3f2c4b5e6a7b8c9d0e1f2a3b4c5', 'серийный номер'))),
    ).toEqual([
      '30:22: «серийный номер» — не номер сертификата: он пишется шестнадцатеричными цифрами (0–9, A–F), как в программе подписи: 01D7A3F2C4B5E6A7',
    ]);
    const stranger = electronic.replace('        valid_from', '        owner: petrov\n        valid_from');
    expect(problemsOf(withKeys(stranger))).toEqual([
      '31:16: нет человека с ключом «petrov» в people. Если это новый человек, добавьте его в people, вписав его имя и должность: petrov: { name: Фамилия Имя Отчество, position: Должность }',
    ]);
  });
});

describe('the signature of an order on the letterhead', () => {
  it('gives the position without the organization’s name the letterhead already prints', () => {
    const source = orderPackage.replace('position: Директор }', 'position: Директор ГАПОУ «ЧПК» }');
    const texts = paragraphsOf(orderBlocks(source));
    expect(texts).toContain('Директор\tГ.В.\u00A0Алейкина');
    expect(texts.filter((line) => line.includes('Директор ГАПОУ'))).toEqual([]);
  });
});

describe('the number and the date of an order as a clerk types them', () => {
  it('prints «№ 45-о» typed with its sign and «01.10.2020г.» glued to «г.» as the plain number and date', () => {
    const typed = orderPackage
      .replace('number: 45-о', 'number: № 45-о')
      .replace('date: 2020-10-01', 'date: 01.10.2020г.');
    expect(typed).not.toBe(orderPackage);
    expect(paragraphsOf(orderBlocks(typed))).toEqual(paragraphsOf(orderBlocks(orderPackage)));
  });
});
