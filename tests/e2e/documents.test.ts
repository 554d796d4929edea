import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';

/** End to end over every data/ plan: no page of any PDF is empty or holds only a repeated table header. */
const root = resolve(import.meta.dirname, '../..');
const plans = readdirSync(join(root, 'data')).filter((f) => f.endsWith('.yaml'));

describe.each(plans)('%s', (name) => {
  it('has content on every PDF page beyond the header row and the page number', async () => {
    const files = await generate(readFileSync(join(root, 'data', name), 'utf8'), {
      file: name,
      formats: ['pdf'],
    });
    for (const file of files) {
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(file.pdf!)), {
        mergePages: false,
      });
      const headers = file.model.sections.flatMap((s) =>
        s.children.flatMap((b) => (b.type === 'table' ? b.rows.filter((r) => r.header) : [])),
      );
      const headerText =
        JSON.stringify(headers)
          .match(/"value":"[^"]*"/g)
          ?.map((v) => v.slice(9, -1)) ?? [];
      (text as string[]).forEach((page, i) => {
        let rest = page.replace(/\n\d+\s*$/, '');
        for (const h of headerText) rest = rest.replace(h, '');
        expect(rest.replace(/\s+/g, ''), `${file.fileName}, page ${i + 1}`).not.toBe('');
      });
    }
  });
});
