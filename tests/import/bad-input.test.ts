import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { importText } from '../../src/messages.js';
import { runCaptured } from '../_fixtures/run-captured.js';

const dir = mkdtempSync(join(tmpdir(), 'gramota-import-bad-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function importFile(name: string, bytes: Uint8Array) {
  writeFileSync(join(dir, name), bytes);
  return runCaptured(dir, ['import', name, '-o', 'plan.yaml']);
}

const documentXml = (body: string) =>
  `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

describe('gramota import: bad input', () => {
  const cases: [string, string, Uint8Array, string][] = [
    ['not a DOCX', 'notes.docx', strToU8('просто текст'), importText.notDocx],
    [
      'password-protected',
      'secret.docx',
      new Uint8Array([...ole, ...[...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0])]),
      importText.encrypted,
    ],
    ['damaged zip', 'broken.docx', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), importText.damaged],
    [
      'damaged XML',
      'bad-xml.docx',
      zipSync({ 'word/document.xml': strToU8('<w:document><w:body>') }),
      importText.damaged,
    ],
    [
      'no table and no order',
      'letter.docx',
      zipSync({
        'word/document.xml': strToU8(documentXml('<w:p><w:r><w:t>Письмо коллегам</w:t></w:r></w:p>')),
      }),
      importText.noContent,
    ],
  ];
  for (const [what, name, bytes, message] of cases) {
    it(`${what}: a Russian message with the file, exit 1, no plan written`, async () => {
      const { code, err, out } = await importFile(name, bytes);
      expect(code).toBe(1);
      expect(err).toBe(`${name}: ${message}\n`);
      expect(out).toBe('');
      expect(() => rmSync(join(dir, 'plan.yaml'))).toThrow();
    });
  }
});
