import { describe, expect, it } from 'vitest';
import { applyStamps } from '../../src/import/apply-stamps.js';
import type { ImportState } from '../../src/import/import-state.js';
import { createPeopleBook } from '../../src/import/recognise/people.js';
import { readStamps } from '../../src/import/recognise/stamps.js';
import { importText } from '../../src/messages.js';

const freshState = (): ImportState => ({
  organization: {},
  book: createPeopleBook(),
  notes: [],
  orders: {},
  approvedMarks: [],
  appendixNumbers: new Map(),
  appendixLists: new Map(),
});
const lines = [
  'ПРИНЯТО',
  'на заседании педагогического совета МБОУ «СОШ № 5»',
  '(протокол от 30.08.2022 № 1)',
];

describe('stamps into a plan document', () => {
  it('reads the organization a council stamp names when the document names it nowhere else', () => {
    const state = freshState();
    const doc = applyStamps({}, readStamps(lines, state.book), state, ['documents', 0], undefined);
    expect(doc).toEqual({
      agreement: {
        word: 'ПРИНЯТО',
        council: 'педагогического совета',
        protocol: { date: '2022-08-30', number: '1' },
      },
    });
    expect(state.organization).toEqual({ short_name: 'МБОУ «СОШ № 5»' });
    expect(state.notes.map((n) => n.text)).toContain(importText.organizationFromCouncil('МБОУ «СОШ № 5»'));
  });

  it('cuts a known organization off the council, and links «УТВЕРЖДЕНО приказом …» to the order of the file', () => {
    const state: ImportState = { ...freshState(), organization: { short_name: 'МБОУ «СОШ № 5»' } };
    const stamps = readStamps(
      [...lines, 'УТВЕРЖДЕНО', 'приказом МБОУ «СОШ № 5»', 'от 31.08.2022 № 7'],
      state.book,
    );
    const doc = applyStamps({}, stamps, state, ['documents', 1], { type: 'order', id: 'order-1' });
    expect(doc).toMatchObject({
      agreement: { council: 'педагогического совета' },
      approval: { order: 'order-1' },
    });
  });

  it('keeps text of a stamp table that is no stamp in a comment', () => {
    const state: ImportState = { ...freshState(), organization: { name: 'Школа' } };
    applyStamps(
      {},
      readStamps(['Рассмотрено на планёрке', 'УТВЕРЖДАЮ', 'Директор «Школы»', 'А.А. Смирнов'], state.book),
      state,
      ['documents', 0],
      undefined,
    );
    expect(state.notes.map((n) => n.text)).toContain(importText.stampTableText('Рассмотрено на планёрке'));
  });

  it.each([
    ['Директор ГАПОУ «ЧПК»', 'Директор', 'ГАПОУ «ЧПК»'],
    ['Директор МБОУ Школа № 174 г.о. Самара', 'Директор', 'МБОУ Школа № 174 г.о. Самара'],
    ['Заведующий МАДОУ «Детский сад № 17»', 'Заведующий', 'МАДОУ «Детский сад № 17»'],
  ])('reads «%s» in an approval as the position «%s» and the short name «%s»', (position, own, short) => {
    const state = freshState();
    const stamps = readStamps(['УТВЕРЖДАЮ', position, '____________ А.А. Смирнов', '01.09.2026'], state.book);
    const doc = applyStamps({}, stamps, state, ['documents', 0], undefined);
    expect(state.organization.short_name).toBe(short);
    const by = (doc as { approval?: { by?: string } }).approval?.by;
    expect(state.book.get(by!)?.position).toBe(own);
  });
});
