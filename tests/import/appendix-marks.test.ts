import { describe, expect, it } from 'vitest';
import {
  importGenerated,
  writeNewPageParagraph,
  writeParagraph,
  writeSmallRoadmap,
  writeTable,
  writeTitleParagraph,
} from './_generated-docx.js';

const roadmap = () => writeSmallRoadmap('01.09.2025');

describe('import of «Приложение N» over a stamp and of an appendix without its order', () => {
  it('keeps «Приложение 1» over «УТВЕРЖДЕНО приказом …» of the file’s order: appendix_mark: number', async () => {
    const { plan, text } = await importGenerated([
      ...[
        'МБОУ «СОШ № 5»',
        'ПРИКАЗ',
        '28.08.2024\t№ 112-од',
        'Об утверждении плана работы',
        'ПРИКАЗЫВАЮ:',
        '1. Утвердить план работы (приложение).',
        'Директор\tИ.П. Сидоров',
      ].map((t) => writeParagraph(t)),
      writeNewPageParagraph(''),
      writeTable(
        [['', ['Приложение 1', 'УТВЕРЖДЕНО', 'приказом МБОУ «СОШ № 5»', 'от 28.08.2024 № 112-од']]],
        true,
      ),
      writeTitleParagraph('План работы'),
      roadmap(),
    ]);
    expect(plan.settings).toEqual({ appendix_mark: 'number' });
    expect(plan.documents[1]).toMatchObject({ id: 'appendix-1', approval: { order: 'order-1' } });
    expect(text).toContain(' |  | Приложение / УТВЕРЖДЕН / приказом МБОУ «СОШ № 5» / от 28.08.2024 № 112-од');
  });

  it('writes the order a lone appendix names into orders: «Приложение № 2 / к приказу … / от … № …»', async () => {
    const { plan, yaml, text } = await importGenerated([
      writeParagraph('Приложение № 2'),
      writeParagraph('к приказу МБОУ «СОШ № 5 г. Нерчинска»'),
      writeParagraph('от 01.09.2025 № 215'),
      writeTitleParagraph('План мероприятий (дорожная карта)'),
      roadmap(),
    ]);
    expect(plan.orders).toEqual({ 'prikaz-215': { date: '2025-09-01', number: '215' } });
    expect(plan.organization.short_name).toBe('МБОУ «СОШ № 5 г. Нерчинска»');
    expect(plan.documents[0]).toMatchObject({
      type: 'roadmap',
      title: 'План мероприятий (дорожная карта)',
      appendix_to: { order: 'prikaz-215', number: 2 },
    });
    expect(yaml).not.toContain('paragraph: Приложение');
    expect(text[0]).toBe(' |  | Приложение 2 / к приказу МБОУ «СОШ № 5 г. Нерчинска» / от 01.09.2025 № 215');
  });

  it('carries «УТВЕРЖДЕНО приказом директора от … № …» of a document alone as approval by an order of orders', async () => {
    const { plan, text } = await importGenerated([
      writeTable([['', ['УТВЕРЖДЕНО', 'приказом директора', 'от 30.08.2024 № 115-од']]], true),
      writeTitleParagraph('План работы'),
      roadmap(),
    ]);
    // The head alone issued it: the stamp keeps «приказом директора», as the document has it.
    expect(plan.orders).toEqual({
      'prikaz-115-od': { date: '2024-08-30', number: '115-од', issuer: 'директора' },
    });
    expect(plan.documents[0]).toMatchObject({ approval: { order: 'prikaz-115-od' } });
    expect(text[0]).toMatch(/УТВЕРЖДЕН \/ приказом директора \/ от 30\.08\.2024 № 115-од$/);
  });

  it('writes the kind of act and who issued it: «Приложение 2 / к распоряжению Министерства … / от … № …»', async () => {
    const { plan, text } = await importGenerated([
      writeParagraph('Приложение 2'),
      writeParagraph('к распоряжению Министерства образования Московской области'),
      writeParagraph('от 20.08.2025 № 1543-р'),
      writeTitleParagraph('План работы инновационной площадки'),
      roadmap(),
    ]);
    expect(plan.orders).toEqual({
      'rasporyazhenie-1543-r': {
        kind: 'распоряжение',
        date: '2025-08-20',
        number: '1543-р',
        issuer: 'Министерства образования Московской области',
      },
    });
    expect(plan.organization.short_name).toBeUndefined();
    expect(plan.documents[0]).toMatchObject({ appendix_to: { order: 'rasporyazhenie-1543-r', number: 2 } });
    expect(text[0]).toMatch(/^ \| {2}\| Приложение 2 \/ к распоряжению Министерства/);
  });

  it('carries «УТВЕРЖДЕНО постановлением Администрации … от … № …» as approval by an act of orders', async () => {
    const { plan } = await importGenerated([
      writeTable(
        [['', ['УТВЕРЖДЕНО', 'постановлением Администрации городского округа Самара', 'от 10.01.2025 № 7']]],
        true,
      ),
      writeTitleParagraph('План работы'),
      roadmap(),
    ]);
    expect(plan.orders).toEqual({
      'postanovlenie-7': {
        kind: 'постановление',
        date: '2025-01-10',
        number: '7',
        issuer: 'Администрации городского округа Самара',
      },
    });
    expect(plan.documents[0]).toMatchObject({ approval: { order: 'postanovlenie-7' } });
  });

  it('marks an appendix to the application as such: «Приложение 1 / к заявке»', async () => {
    const { plan, text } = await importGenerated([
      writeParagraph('Приложение 1'),
      writeParagraph('к заявке'),
      writeTitleParagraph('Календарный план'),
      roadmap(),
    ]);
    expect(plan.orders).toBeUndefined();
    expect(plan.documents[0]).toMatchObject({ appendix_to: { application: true, number: 1 } });
    expect(text[0]).toBe(' |  | Приложение 1 / к заявке');
  });
});
