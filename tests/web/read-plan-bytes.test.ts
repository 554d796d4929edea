import { describe, expect, it } from 'vitest';
import { text } from '../../src/messages.js';
import { readPlanBytes } from '../../src/web/page/read-plan-bytes.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readPlanBytes', () => {
  it('reads UTF-8 without its BOM', () => {
    expect(readPlanBytes('plan.yaml', utf8('\uFEFFtitle: План'))).toEqual({
      kind: 'plan',
      text: 'title: План',
    });
  });

  it('reads Windows-1251 and UTF-16 in their encodings, and says which', () => {
    // «title: План» in Windows-1251: П л а н = CF EB E0 ED.
    const cp1251 = Uint8Array.of(...utf8('title: '), 0xcf, 0xeb, 0xe0, 0xed);
    expect(readPlanBytes('plan.yaml', cp1251)).toEqual({
      kind: 'plan',
      text: 'title: План',
      encoding: 'Windows-1251',
    });
    const utf16 = Uint8Array.of(
      0xff,
      0xfe,
      ...[...'a: Я'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    );
    expect(readPlanBytes('plan.yaml', utf16)).toEqual({ kind: 'plan', text: 'a: Я', encoding: 'UTF-16' });
  });

  it('sends Word documents to the import, and refuses other binary files with the CLI’s message', () => {
    expect(readPlanBytes('Дорожная карта.DOCX', Uint8Array.of(0x50, 0x4b, 3, 4))).toEqual({ kind: 'word' });
    expect(readPlanBytes('old.doc', Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0))).toEqual({ kind: 'word' });
    expect(readPlanBytes('plan.yaml', Uint8Array.of(0x50, 0x4b, 3, 4, 1))).toEqual({
      kind: 'unreadable',
      message: text.planBinary,
    });
    // 0x98 is no character in Windows-1251 either.
    expect(readPlanBytes('plan.yaml', Uint8Array.of(0x61, 0x98))).toEqual({
      kind: 'unreadable',
      message: text.planNotUtf8,
    });
  });
});
