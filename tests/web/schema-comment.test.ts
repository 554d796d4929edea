import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSchemaComment } from '../../src/web/schema-comment.js';

describe('splitSchemaComment', () => {
  it('takes off the schema line of an editor, with its line break, and leaves the rest as it was', () => {
    const text = readFileSync(join(import.meta.dirname, '../../data/chapaevsk-roadmap.yaml'), 'utf8');
    const { head, body } = splitSchemaComment(text);
    expect(head).toBe('# yaml-language-server: $schema=../plan.schema.json\n');
    expect(body.startsWith('# yaml-language-server')).toBe(false);
    expect(head + body).toBe(text);
    expect(splitSchemaComment('# yaml-language-server: $schema=x.json\r\norganization: {}\n')).toEqual({
      head: '# yaml-language-server: $schema=x.json\r\n',
      body: 'organization: {}\n',
    });
  });

  it('keeps every other first line, comment or not', () => {
    for (const text of [
      '# Пример: дорожная карта\n',
      'organization: {}\n',
      '',
      '  # yaml-language-server: x\n',
    ])
      expect(splitSchemaComment(text)).toEqual({ head: '', body: text });
  });
});
