import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toPlanName, zipPackage } from '../../src/output/package-zip.js';

const builtAt = new Date(2026, 11, 7, 10, 30);

/** The dates of a zip's entries as its local headers hold them (DOS date and time, 2-second steps). */
function readEntryDates(zip: Uint8Array): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const dates: string[] = [];
  const pad = (n: number) => String(n).padStart(2, '0');
  for (let at = 0; view.getUint32(at, true) === 0x04034b50; ) {
    const [time, date] = [view.getUint16(at + 10, true), view.getUint16(at + 12, true)];
    dates.push(
      `${(date >> 9) + 1980}-${pad((date >> 5) & 15)}-${pad(date & 31)} ${pad(time >> 11)}:${pad((time >> 5) & 63)}:${pad((time & 31) * 2)}`,
    );
    at += 30 + view.getUint32(at + 18, true) + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  }
  return dates;
}

describe('zipPackage', () => {
  it('holds each file under the plan’s folder, as the CLI writes output/<plan>/', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    const zip = zipPackage(
      'chita',
      [
        { id: 'a', title: 'Приказ', kind: 'document', fileName: 'Prikaz', docx: bytes('D'), pdf: bytes('P') },
        { id: 'package', title: 'Пакет', kind: 'package', fileName: 'Paket_dokumentov', pdf: bytes('K') },
      ],
      builtAt,
    );
    expect(zip.name).toBe('chita.zip');
    const files = unzipSync(zip.bytes);
    expect(Object.keys(files).sort()).toEqual([
      'chita/Paket_dokumentov.pdf',
      'chita/Prikaz.docx',
      'chita/Prikaz.pdf',
    ]);
    expect(strFromU8(files['chita/Prikaz.pdf']!)).toBe('P');
  });

  it('puts the plan file itself first into the folder when given, as UTF-8', () => {
    const zip = zipPackage('plan', [], builtAt, { fileName: 'план.yaml', text: 'organization: {}\n' });
    const files = unzipSync(zip.bytes);
    expect(Object.keys(files)).toEqual(['plan/план.yaml']);
    expect(strFromU8(files['plan/план.yaml']!)).toBe('organization: {}\n');
  });

  it('dates every file as built, as unpacking shows it (local time), never 1980', () => {
    const zip = zipPackage('plan', [], new Date(2026, 11, 7, 10, 30, 14), { fileName: 'plan.yaml', text: 'x' });
    expect(readEntryDates(zip.bytes)).toEqual(['2026-12-07 10:30:14']);
    const early = zipPackage('plan', [], new Date(0), { fileName: 'plan.yaml', text: 'x' });
    expect(readEntryDates(early.bytes)[0]).toMatch(/^1980-01-02 /); // zip dates start in 1980
  });

  it('names a plan by its file name without folder and extension', () => {
    expect(toPlanName('C:\\Users\\metod\\plan-2025.yaml')).toBe('plan-2025');
    expect(toPlanName('roadmap.yml')).toBe('roadmap');
    expect(toPlanName('.yaml')).toBe('plan');
  });
});
