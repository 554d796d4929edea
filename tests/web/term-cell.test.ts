import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { formatTerm } from '../../src/language/terms.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import type { Term } from '../../src/plan/schema/term.js';
import { setCell, type TextChange } from '../../src/web/roadmap-rows.js';
import { readDateStyle, showTerm, toPlanTerm } from '../../src/web/term-cell.js';

const root = resolve(import.meta.dirname, '../..');
const apply = (text: string, change: TextChange | { problem: string } | undefined) =>
  change && 'from' in change ? text.slice(0, change.from) + change.insert + text.slice(change.to) : text;

const plain = (text: string) => text.replace(/\u00A0/g, ' ');

describe('showTerm', () => {
  it('prints a term as the document does, in the plan’s date style', () => {
    const terms: [unknown, string][] = [
      ['2025-10', 'октябрь 2025 г.'],
      [2026, '2026 г.'],
      ['2025-09-15', '15.09.2025'],
      [{ from: '2025-09', to: '2025-12' }, 'сентябрь – декабрь 2025 г.'],
      [{ until: '2026-05' }, 'до мая 2026 г.'],
      [['2025-12', '2026-05'], 'декабрь 2025 г., май 2026 г.'],
      ['ежегодно', 'ежегодно'],
    ];
    for (const [value, printed] of terms) {
      // The document's very text, no-break spaces and all: «г.» never on a line of its own.
      expect(showTerm(value, 'numeric')).toBe(formatTerm(value as Term, 'numeric'));
      expect(plain(showTerm(value, 'numeric')!)).toBe(printed);
    }
    expect(showTerm('2025-09-15', 'words')).toBe(formatTerm('2025-09-15', 'words'));
    expect(plain(showTerm('2025-09-15', 'words')!)).toBe('15 сентября 2025 г.');
  });

  it('reads a date written the Russian way as the plan’s schema does', () => {
    expect(showTerm('15.09.2025', 'numeric')).toBe('15.09.2025');
    expect(plain(showTerm('15.09.2025', 'words')!)).toBe('15 сентября 2025 г.');
    expect(plain(showTerm({ from: 'сентябрь 2025', to: '2025-12' }, 'numeric')!)).toBe(
      'сентябрь – декабрь 2025 г.',
    );
  });

  it('shows a date the calendar has not as she typed it, as the plan’s check names it, not as «2020-13-32»', () => {
    expect(showTerm('32.13.2020', 'numeric')).toBe('32.13.2020');
    expect(plain(showTerm({ until: '31.02.2021' }, 'numeric')!)).toBe('до 31.02.2021');
    expect(showTerm('2020-13-32', 'numeric')).toBe('2020-13-32');
  });

  it('gives none for a value that is no term yet, which the table shows as written', () => {
    for (const value of [null, '', { from: { x: 1 } }, { since: '2025-09' }, {}, [], [null]])
      expect(showTerm(value, 'numeric')).toBeUndefined();
  });
});

describe('toPlanTerm', () => {
  it('writes a date, month or year typed as printed in the plan’s form, other text as typed', () => {
    expect(toPlanTerm('октябрь 2025 г.')).toBe('2025-10');
    expect(toPlanTerm(showTerm('2025-10', 'numeric')!)).toBe('2025-10');
    expect(toPlanTerm('до\u00A0конца года')).toBe('до конца года');
    expect(toPlanTerm('15.09.2025')).toBe('2025-09-15');
    expect(toPlanTerm('1 сентября 2025 г.')).toBe('2025-09-01');
    expect(toPlanTerm('2026 г.')).toBe('2026');
    expect(toPlanTerm('в течение года')).toBe('в течение года');
  });

  it('leaves a date not in the calendar as typed, so that the plan’s check names it as she wrote it', () => {
    expect(toPlanTerm('32.05.2021')).toBe('32.05.2021');
    expect(toPlanTerm('31.09.2026')).toBe('31.09.2026');
    expect(toPlanTerm('29.02.2024')).toBe('2024-02-29');
    const plan = readFileSync(join(root, 'data', 'chapaevsk-roadmap.yaml'), 'utf8');
    const typed = apply(plan, setCell(plan, 'rip-roadmap', 0, 'term', '32.05.2021'));
    expect(() => parsePlan(typed, 'plan.yaml')).toThrow(/даты «32\.05\.2021» нет в календаре/);
  });
});

describe('readDateStyle', () => {
  it('is words only when the plan says so', () => {
    expect(readDateStyle(parseDocument('settings: { date_style: words }'))).toBe('words');
    expect(readDateStyle(parseDocument('settings: {}'))).toBe('numeric');
  });
});
