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

describe('the imported plan’s first line', () => {
  it('says what was imported, from which file and when, and where the guesses are — no command to run', () => {
    const { yaml } = importDocx(readFileSync(fixture), 'C:\\Документы\\stage-rows.docx', 'plan.yaml', {
      date: new Date(2026, 8, 17),
    });
    expect(yaml.split('\n')[0]).toBe(
      '# Импорт из Word: stage-rows.docx, 17.09.2026. Что импорт угадал, помечено комментариями «# импорт:» — проверьте эти строки',
    );
    expect(yaml).not.toContain('gramota build');
  });
});
