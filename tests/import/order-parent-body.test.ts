import { describe, expect, it } from 'vitest';
import { importText } from '../../src/messages.js';
import { importGenerated, writeParagraph } from './_generated-docx.js';

const orderAfter = (head: readonly string[]) =>
  [
    ...head,
    'ПРИКАЗ',
    '28.08.2024\t№ 112-од',
    'Об организации работы по наставничеству',
    'ПРИКАЗЫВАЮ:',
    '1. Назначить куратором программы наставничества Ковалёву Н.С.',
    'Директор\tИ.П. Сидоров',
  ].map((t) => writeParagraph(t));

describe('import of an order whose head names the ministry over the organization', () => {
  it('keeps the organization’s own name and tells of the ministry’s line in a note', async () => {
    const ministry = 'Министерство образования и науки Забайкальского края';
    const { plan, yaml, text } = await importGenerated(
      orderAfter([
        ministry,
        'Государственное профессиональное образовательное учреждение',
        '«Забайкальский техникум профессиональных технологий и сервиса»',
      ]),
    );
    expect(plan.organization.name).toBe(
      'Государственное профессиональное образовательное учреждение «Забайкальский техникум профессиональных технологий и сервиса»',
    );
    expect(yaml).toContain(`# импорт: ${importText.parentBodyLeft(ministry)}`);
    expect(text.join('\n')).not.toContain('Министерство');
  });

  it('reads a department that issues its own order as the organization', async () => {
    const { plan, yaml } = await importGenerated(
      orderAfter(['Управление образования администрации города Читы']),
    );
    expect(plan.organization.name).toBe('Управление образования администрации города Читы');
    expect(yaml).not.toContain(importText.parentBodyLeft('Управление образования администрации города Читы'));
  });
});
