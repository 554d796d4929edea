import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toPlanName, zipPackage } from '../../src/output/package-zip.js';

describe('zipPackage', () => {
  it('holds each file under the plan’s folder, as the CLI writes output/<plan>/', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    const zip = zipPackage('chita', [
      { id: 'a', title: 'Приказ', kind: 'document', fileName: 'Prikaz', docx: bytes('D'), pdf: bytes('P') },
      { id: 'package', title: 'Пакет', kind: 'package', fileName: 'Paket_dokumentov', pdf: bytes('K') },
    ]);
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
    const zip = zipPackage('plan', [], { fileName: 'план.yaml', text: 'organization: {}\n' });
    const files = unzipSync(zip.bytes);
    expect(Object.keys(files)).toEqual(['plan/план.yaml']);
    expect(strFromU8(files['plan/план.yaml']!)).toBe('organization: {}\n');
  });

  it('names a plan by its file name without folder and extension', () => {
    expect(toPlanName('C:\\Users\\metod\\plan-2025.yaml')).toBe('plan-2025');
    expect(toPlanName('roadmap.yml')).toBe('roadmap');
    expect(toPlanName('.yaml')).toBe('plan');
  });
});
