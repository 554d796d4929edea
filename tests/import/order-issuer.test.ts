import { describe, expect, it } from 'vitest';
import { importGenerated, writeParagraph, writeTable, writeTitleParagraph } from './_generated-docx.js';

/** A regulation approved by an order that is not in the file, its stamp's second line `by`. */
const importApprovedBy = (by: string) =>
  importGenerated([
    writeTable([[[''], ['УТВЕРЖДЕНО', by, 'от 01.09.2025 № 215']]], true),
    writeTitleParagraph('Положение о региональной инновационной площадке'),
    writeParagraph('1. Общие положения'),
    writeParagraph('1.1. Положение определяет порядок работы площадки.'),
  ]);

describe('import of a stamp «УТВЕРЖДЕНО приказом …» of an order issued above the organization or by its head', () => {
  it('makes the ministry the order’s issuer, not the organization', async () => {
    const { plan, text } = await importApprovedBy('приказом Министерства образования Забайкальского края');
    expect(plan.orders?.['prikaz-215']).toEqual({
      date: '2025-09-01',
      number: '215',
      issuer: 'Министерства образования Забайкальского края',
    });
    expect(plan.organization.name).not.toContain('Министерств');
    expect(plan.organization.short_name).toBeUndefined();
    expect(text[0]).toContain('приказом Министерства образования Забайкальского края / от 01.09.2025 № 215');
  });

  it('keeps «приказом директора» as written, not «приказом» and the organization’s name', async () => {
    const { plan, text } = await importApprovedBy('приказом директора');
    expect(plan.orders?.['prikaz-215']).toMatchObject({ issuer: 'директора' });
    expect(text[0]).toContain('УТВЕРЖДЕНО / приказом директора / от 01.09.2025 № 215');
  });
});
