import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNoteLine } from '../../src/import/emit-yaml.js';
import { importDocx } from '../../src/import/import-docx.js';

const fixture = join(import.meta.dirname, 'fixtures', 'stage-rows.docx');

describe('findNoteLine', () => {
  const { yaml, notes } = importDocx(readFileSync(fixture), 'stage-rows.docx');
  const last = notes.at(-1)!;

  it('finds a note’s comment where the import wrote it', () => {
    for (const note of notes) expect(findNoteLine(yaml, note)).toBe(note.line);
    expect(yaml.split('\n')[last.line - 1]!.trim()).toBe(`# импорт: ${last.text}`);
  });

  it('follows the comment when lines were added above it since', () => {
    expect(findNoteLine(`# первая правка\n# вторая правка\n${yaml}`, last)).toBe(last.line + 2);
  });

  it('keeps the line it had when the comment was deleted', () => {
    const edited = yaml
      .split('\n')
      .filter((l) => l.trim() !== `# импорт: ${last.text}`)
      .join('\n');
    expect(findNoteLine(edited, last)).toBe(last.line);
  });
});
