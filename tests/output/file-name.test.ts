import { describe, expect, it } from 'vitest';
import { fileNameFor, toSafeName } from '../../src/output/file-name.js';

const safe = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

describe('file names of documents', () => {
  it('transliterates a Russian title', () => {
    expect(toSafeName('Приказ № 45-о «Об утверждении положения»')).toBe('Prikaz_45-o_Ob_utverzhdenii_polozheniya');
  });

  it.each([
    ['../../etc/passwd', 'etc-passwd'],
    ['..', 'document'],
    ['a/b\\c', 'a-b-c'],
    ['C:\\Windows\\system32', 'C-Windows-system32'],
    ['Итоги: 2021 / 2022', 'Itogi_2021-2022'],
    ['  . ', 'document'],
    ['', 'document'],
    ['CON', 'CON_doc'],
    ['nul', 'nul_doc'],
    ['Com1', 'Com1_doc'],
    ['LPT9', 'LPT9_doc'],
  ])('keeps %j inside the output folder as %j', (title, name) => {
    expect(toSafeName(title)).toBe(name);
    expect(name).toMatch(safe);
  });

  it('names the titles asked for first, so the package keeps its name beside a document of the same title', () => {
    expect(fileNameFor(['Пакет документов', 'Приказ', 'Пакет документов'], [2])).toEqual([
      'Paket_dokumentov_2',
      'Prikaz',
      'Paket_dokumentov',
    ]);
  });

  it('cuts a 300-character title at a word, to at most 80 characters', () => {
    const name = toSafeName('Дорожная карта реализации '.repeat(12));
    expect(name.length).toBeLessThanOrEqual(80);
    expect(name.length).toBeGreaterThan(60);
    expect(name).toMatch(safe);
    expect(name.endsWith('_')).toBe(false);
    expect(toSafeName('я'.repeat(300)).length).toBeLessThanOrEqual(80);
  });

  it('gives documents with the same title distinct names, ignoring case as Windows and macOS do', () => {
    expect(fileNameFor(['Приказ', 'Приказ', 'ПРИКАЗ', 'Приказ 2'])).toEqual([
      'Prikaz',
      'Prikaz_2',
      'PRIKAZ_3',
      'Prikaz_2_2',
    ]);
  });

  it('keeps long titles that differ only after the cut distinct', () => {
    const long = 'Положение о рабочей группе по реализации проекта наставничества в колледже номер';
    const names = fileNameFor([`${long} один`, `${long} два`]);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(2);
  });
});
